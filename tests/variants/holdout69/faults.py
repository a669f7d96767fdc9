"""Returns with planted mistakes, round one: a rate as a count and a satisfaction above 100 %,
money that does not add up in the 资金总额 cell's 其中 note, duplicates among indicator-and-value
cells, 反向 with ≥, a year that disagrees."""

from __future__ import annotations

from tests.variants.holdout69.common import line, sign, start
from tests.variants.holdout69.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant(
    "ka10-waste-rate-count",
    (1, 9),
    "project, NAT-2021, tiers together, unit column: a "
    "coverage rate given as a count, a satisfaction above 100 %",
)
def ka10() -> Book:
    b, s = start("2027年度项目支出绩效目标表", (28, 30, 16, 12, 28))
    w = 5
    line(
        s,
        "项目名称：农村生活垃圾分类收运",
        "主管部门及代码：临江县住房和城乡建设局（312）",
        width=w,
    )
    line(s, "实施单位：临江县环境卫生管理所", "项目属性：延续项目", width=w)
    line(s, "项目期：1年（2027年1月1日至2027年12月31日）", "负责人：蒙少华 0775-6621130", width=w)
    line(s, "资金总额：210万元（其中：财政拨款180万元，其他资金30万元）", width=w)
    line(
        s,
        "年度目标：1. 35个行政村生活垃圾分类收运全覆盖；2. 配置分类垃圾桶1400个、收运车辆6辆；"
        "3. 村民满意度达到90%以上。",
        width=w,
    )
    s.row("一级指标-二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标-数量指标", "覆盖行政村", "≥35", "个", "计划标准"),
            (None, "配置分类垃圾桶", "≥1400", "个", None),
            (None, "配置分类收运车辆", "≥6", "辆", None),
            (
                "产出指标-质量指标",
                "垃圾分类收运覆盖率",
                mk("≥35", "T105", "error", note="a coverage rate given as 35 个"),
                "个",
                None,
            ),
            (None, "垃圾无害化处理率", pct(1), "%", "行业标准"),
            ("产出指标-时效指标", "垃圾日产日清率", pct(0.98), "%", None),
            ("成本指标-经济成本指标", "每村年度收运成本", "≤5", "万元/村", "上年决算"),
            (None, "分类垃圾桶单价", "≤150", "元/个", "政府采购价"),
            ("效益指标-社会效益指标", "村庄环境卫生达标村数", "≥30", "个", None),
            ("效益指标-生态效益指标", "农村生活垃圾减量率", pct(0.1), "%", "较上年"),
            ("效益指标-可持续影响指标", "村级保洁长效机制", "健全", None, "定性"),
            (
                "满意度指标-服务对象满意度指标",
                "村民满意度",
                mk("≥105%", "T106", "error", note="a satisfaction above 100 %"),
                "%",
                "入户问卷",
            ),
        ],
        merged=(1,),
    )
    sign(s, "临江县环境卫生管理所", "梁芳", "0775-6621135", "2026年11月12日", width=w)
    return b


@variant(
    "ka11-training-money-note",
    (12, 1),
    "project, OLD-NAT, indicators and values in one "
    "cell: the 资金总额 cell's 其中 note does not add up, the goal and an indicator disagree",
)
def ka11() -> Book:
    b, s = start("2027年度项目支出绩效目标申报表", (16, 16, 44, 30))
    w = 4
    line(s, "项目名称：农村实用人才培训", "主管部门：望川市农业农村局", width=w)
    line(s, "实施单位：望川市农业广播电视学校", "项目属性：常年项目", width=w)
    line(s, "项目期：2027年1月1日—2027年12月31日", "项目负责人：潘立军", width=w)
    line(
        s,
        mk(
            "资金总额：260万元（其中财政拨款220万元，其他资金60万元）",
            "B101",
            "error",
            note="220 + 60 = 280, not 260",
        ),
        width=w,
    )
    line(
        s,
        mk(
            "年度目标：1. 培训高素质农民1200人次；2. 培训合格率达到95%以上；3. 带动学员增收。",
            "D104",
            "warning",
            note="1200 人次 in the goal, ≥1000人次 in the indicator",
        ),
        width=w,
    )
    s.row("一级指标", "二级指标", "三级指标及指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "培训高素质农民≥1000人次", "计划标准"),
            (None, None, "开设培训班≥24期", None),
            (None, None, "建设田间实训基地≥6个", None),
            (None, "质量指标", "培训合格率≥95%", "行业标准"),
            (None, None, "学员到课率≥90%", None),
            (None, "时效指标", "培训任务2027年11月底前完成", None),
            (None, "成本指标", "人均培训成本≤1800元", "培训补助标准"),
            (None, None, "实训基地建设补助≤5万元/个", None),
            ("效益指标", "经济效益指标", "参训学员人均增收≥1500元", "跟踪调查"),
            (None, "社会效益指标", "带动周边农户发展产业≥300户", None),
            (None, "可持续影响指标", "学员跟踪服务机制建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度≥90%", "问卷调查"),
        ],
        merged=(1, 2),
    )
    sign(s, "望川市农业广播电视学校", "邱敏", "0771-2260318", "2026年11月17日", width=w)
    return b


@variant(
    "ka12-toilets-duplicates",
    (1, 9),
    "project, NAT-2021, indicator and value in one "
    "cell (新建公厕≥12座), tiers in two merged columns: a conflicting and an exact duplicate",
)
def ka12() -> Book:
    b, s = start("2027年度项目支出绩效目标表", (16, 18, 44, 28))
    w = 4
    line(s, "项目名称：旅游厕所建设", "主管部门：白石镇人民政府", width=w)
    line(s, "实施单位：白石镇文化旅游服务中心", "项目属性：一次性项目", width=w)
    line(s, "项目期：2027年3月—2027年11月", "项目负责人：黎宏 0773-8892016", width=w)
    line(s, "资金总额：150万元（其中上级补助100万元，镇级配套50万元）", width=w)
    line(
        s,
        "年度目标：1. 在景区及游客集散点新建旅游厕所12座；2. 工程验收合格率100%；3. 游客满意度"
        "达到90%以上。",
        width=w,
    )
    s.row("一级指标", "二级指标", "三级指标及指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "新建公厕≥12座", "计划标准"),
            (None, None, "配套第三卫生间≥4间", None),
            (None, None, "设置导向标识牌≥60块", None),
            (
                None,
                None,
                mk(
                    "新建公厕≥10座",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the same indicator again with another target",
                ),
                None,
            ),
            (None, "质量指标", "工程验收合格率100%", None),
            (None, None, "厕所保洁达标率≥95%", None),
            (None, "时效指标", "2027年10月31日前建成投入使用", None),
            ("成本指标", "经济成本指标", "单座建设成本≤12万元", "概算"),
            ("效益指标", "社会效益指标", "游客如厕排队时间≤5分钟", None),
            (None, "可持续影响指标", "管护责任落实到人", None),
            (
                None,
                None,
                mk(
                    "工程验收合格率100%",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102", "D103"),
                    note="repeats the 质量指标 row word for word",
                ),
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "游客满意度≥90%", "问卷调查"),
        ],
        merged=(1, 2),
    )
    sign(s, "白石镇文化旅游服务中心", "韦青", "0773-8892018", "2026年11月26日", width=w)
    return b


@variant(
    "ka13-safety-reverse-ge",
    (11, 1),
    "project, NAT-2021, tiers together, a 指标方向 column "
    "(正向/反向), a 比较符 column and a unit column: two 反向 indicators with ≥",
)
def ka13() -> Book:
    b, s = start("2027年度项目支出绩效目标表", (26, 28, 10, 10, 12, 10))
    line(s, "项目名称：城区消防微型站运行保障", "主管部门：柳湾区应急管理局")
    line(s, "实施单位：柳湾区消防救援服务中心", "项目属性：常年项目")
    line(s, "项目期：2027年1月1日至2027年12月31日", "负责人：石建国 0771-3809120")
    line(s, "资金总额：138万元（其中财政拨款138万元，其他资金0万元）")
    line(
        s,
        "年度目标：1. 保障23个社区微型消防站全年运行；2. 接警后5分钟内到场；3. 火灾起数较上年"
        "下降。",
    )
    s.row("一级指标-二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标-数量指标", "保障运行微型消防站", "正向", "≥", 23, "个"),
            (None, "开展消防演练", "正向", "≥", 46, "次"),
            (None, "入户消防宣传", "正向", "≥", 8000, "户"),
            ("产出指标-质量指标", "消防器材完好率", "正向", "≥", pct(0.95), "%"),
            (None, "队员考核合格率", "正向", "=", pct(1), "%"),
            (
                None,
                "出警差错率",
                "反向",
                mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"),
                pct(0.01),
                "%",
            ),
            (
                "产出指标-时效指标",
                "接警到场时间",
                "反向",
                mk("≥", "T108", "warning", row=True, note="a 反向 time limit with ≥"),
                5,
                "分钟",
            ),
            ("成本指标-经济成本指标", "单站年度运行经费", "反向", "≤", 6, "万元"),
            ("效益指标-社会效益指标", "辖区火灾起数较上年下降率", "正向", "≥", pct(0.05), "%"),
            ("效益指标-可持续影响指标", "微型站值守制度落实率", "正向", "=", pct(1), "%"),
            ("满意度指标-服务对象满意度指标", "社区居民满意度", "正向", "≥", pct(0.9), "%"),
        ],
        merged=(1,),
    )
    sign(s, "柳湾区消防救援服务中心", "何晨", "0771-3809125", "2026年11月14日")
    return b


@variant(
    "ka14-lighting-year",
    (1, 9),
    "project, OLD-NAT, head 'label：value' cells: the project "
    "dates in another year than the title, a quality rate ≥100%",
)
def ka14() -> Book:
    b, s = start("2027年度项目支出绩效目标表", (28, 30, 18, 28))
    w = 4
    line(s, "项目名称：县城道路照明节能改造", "主管部门：石门县城市管理局", width=w)
    line(s, "实施单位：石门县市政设施维护所", "项目属性：一次性项目", width=w)
    line(
        s,
        mk(
            "项目期：1年（2026年1月1日至2026年12月31日）",
            "Y101",
            "error",
            alt=("Y102",),
            note="the title says 2027",
        ),
        "项目负责人：孙立 0736-5530216",
        width=w,
    )
    line(s, "资金总额：176万元（其中财政拨款176万元）", width=w)
    line(
        s,
        "年度目标：1. 更换LED节能路灯1100盏；2. 路灯亮灯率达到98%以上；3. 年节约用电30万千瓦时。",
        width=w,
    )
    s.row("一级指标-二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标-数量指标", "更换LED节能路灯", "≥1100盏", "计划标准"),
            (None, "新装单灯控制器", "≥1100套", None),
            (
                "产出指标-质量指标",
                "改造工程质量合格率",
                mk("≥100%", "T106", "error", note="≥100% on a capped rate"),
                "行业标准",
            ),
            (None, "路灯亮灯率", "≥98%", None),
            (
                "产出指标-时效指标",
                "改造工程完工时间",
                ok(
                    "2027年9月30日前",
                    "error",
                    note="outside the mistyped 项目期; the title year is right",
                ),
                None,
            ),
            ("产出指标-成本指标", "单盏改造成本", "≤1500元", "招标控制价"),
            ("效益指标-经济效益指标", "年节约用电量", "≥30万千瓦时", "测算"),
            ("效益指标-生态效益指标", "年减少二氧化碳排放", "≥240吨", None),
            ("效益指标-可持续影响指标", "智慧路灯管理平台接入率", "100%", None),
            ("满意度指标-服务对象满意度指标", "沿街居民满意度", "≥90%", "问卷调查"),
        ],
        merged=(1,),
    )
    sign(s, "石门县市政设施维护所", "孔维", "0736-5530220", "2026年11月13日", width=w)
    return b
