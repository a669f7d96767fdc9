"""Project returns (§3.1) of 鹭汀区 (invented): lu11–lu14 and lu16–lu18, among them stacked
projects, a two-line header, points and word operators."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout115.common import first_of_pair, sign
from tests.variants.holdout115.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant("lu11-forest-fire-dates", (8, 11), "one-year project, NAT-2021, 指标性质 as direction "
         "and a 计量单位 column: the 计划完成日期 before the 计划开始日期")  # fmt: skip
def lu11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 12, 14, 12))
    project_head(
        s, year=2027, name="森林防火隔离带和瞭望设施建设", dept="鹭汀区林业局（318）",
        unit="鹭汀区森林防火指挥部办公室", attr="一次性项目", start=day(2027, 3, 1),
        end=mk(day(2026, 11, 30), "Y104", "error", alt=("Y102",),
               note="the end date was typed a year early"),
        money=[("年度资金总额", money(215), "其中：财政拨款", money(200)),
               ("其他资金", money(15), None, None)],
        goals=["新建生物防火隔离带，改造瞭望塔和视频监控点，提升森林火情早发现、早处置能力。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "新建生物防火隔离带", "正向", "≥42", "公里"),
            (None, None, "改造瞭望塔", "正向", "≥5", "座"),
            (None, None, "新增视频监控点", "正向", "≥24", "个"),
            (None, "质量指标", "隔离带苗木成活率", "正向", "≥85", "%"),
            (None, "时效指标", "火情发现到报告时长", "反向", "≤15", "分钟"),
            ("成本指标", "经济成本指标", "隔离带每公里建设成本", "反向", "≤3.5", "万元/公里"),
            ("效益指标", "生态效益指标", "森林火灾受害率", "反向", "≤0.9", "‰"),
            (None, "社会效益指标", "森林火情处置能力", "正向", "明显提升", None),
            (None, "可持续影响指标", "防火设施管护制度", "正向", "健全", None),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "正向", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    sign(s, "鹭汀区森林防火指挥部办公室", "邹卫东", "0596-7731258", "2026年11月16日")
    return b


@variant("lu12-rural-water-yuan", (12, 1), "one-year project, OLD-NAT, values with operators: "
         "其他资金 typed in 元 inside a 万元 block, the same indicator twice")  # fmt: skip
def lu12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="农村供水工程维修养护", dept="鹭汀区水利局（312）",
        unit="鹭汀区农村供水管理站",
        money=[("年度资金总额", money(185), "其中：财政拨款", money(145)),
               ("其他资金", mk(money(400000), "B110", "error", alt=("B101", "B105"),
                                note="40万元 typed as 400000 in a 万元 block"), None, None)],
        goals=["对全区农村集中供水工程开展维修养护，保障农村供水安全稳定，水质达标。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the total follows from the 元 cell")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "维修养护供水工程处数", "≥68处", None),
            (None, None, "更换老旧管网长度", "≥26公里", None),
            (None, None, "水质检测次数", "≥4次/年", "枯水期、丰水期各2次"),
            (None, "质量指标", first_of_pair("水质检测合格率"), "≥95%", None),
            (None, None, "维修工程验收合格率", "100%", None),
            (None, "时效指标", "供水故障修复时限", "≤48小时", None),
            (None, "成本指标", "管网更换单价", "≤4万元/公里", None),
            ("效益指标", "社会效益指标", "农村自来水普及率", "≥96%", None),
            (
                None,
                None,
                mk(
                    "水质检测合格率",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the same indicator as under 质量指标, another value",
                ),
                "≥98%",
                None,
            ),
            (None, "可持续影响指标", "供水工程管护机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    sign(s, "鹭汀区农村供水管理站", "柯永福", "0596-7735520", "2026年11月14日")
    return b


@variant("lu13-stacked-sanitation", (2, 12), "two projects stacked in one sheet, OLD-NAT, "
         "比较符 column: the second project's 财政拨款 typed in 元")  # fmt: skip
def lu13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 10, 14, 14))
    project_head(
        s, year=2027, name="城区生活垃圾分类收运", dept="鹭汀区城市管理局（321）",
        unit="鹭汀区环境卫生管理所",
        money=[("年度资金总额", money(338), "其中：财政拨款", money(338)),
               ("其他资金", money(0), None, None)],
        goals=["推进城区生活垃圾分类收运，提高分类投放准确率和资源化利用水平。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "分类收运覆盖小区数", "≥", 212, "个"),
            (None, None, "分类收运车辆配置", "≥", 18, "辆"),
            (None, "质量指标", "分类投放准确率", "≥", pct(0.8), None),
            (None, "时效指标", "垃圾日产日清", "定性", "按时完成", None),
            (None, "成本指标", "吨垃圾收运成本", "≤", 160, "元/吨"),
            ("效益指标", "生态效益指标", "生活垃圾资源化利用率", "≥", pct(0.6), None),
            (None, "可持续影响指标", "垃圾分类长效管理机制", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥", pct(0.9), None),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.title("2027年度项目支出绩效目标申报表（二）", 6)
    project_head(
        s, year=2027, name="城区公厕提质改造", dept="鹭汀区城市管理局（321）",
        unit="鹭汀区环境卫生管理所", attr="一次性项目", title="",
        money=[("年度资金总额", money(96), "其中：财政拨款",
                mk(money(860000), "B110", "error", alt=("B101",),
                   note="86万元 typed as 860000 in a 万元 block")),
               ("其他资金", money(10), None, None)],
        goals=["改造城区老旧公厕，增设无障碍设施和第三卫生间，提升如厕环境。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the total follows from the 元 cell")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "改造公厕座数", "≥", 16, "座"),
            (None, None, "增设第三卫生间", "≥", 6, "个"),
            (None, "质量指标", "改造工程验收合格率", "≥", pct(0.98), None),
            (None, "时效指标", "改造工程完工时间", "≤", "2027年10月31日", None),
            (None, "成本指标", "单座公厕改造成本", "≤", 6, "万元/座"),
            ("效益指标", "社会效益指标", "城区如厕环境", "定性", "明显改善", None),
            (None, "可持续影响指标", "公厕保洁管理制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "市民如厕满意度", "≥", pct(0.9), None),
        ],
        merged=(1, 2),
    )
    sign(s, "鹭汀区环境卫生管理所", "欧阳平", "0596-7738816", "2026年11月22日")
    return b


@variant("lu14-health-checks-points-90", (10, 1), "project, NAT-2021, 比较符 and 分值 columns "
         "adding to 90 with 预算执行率 scored apart, percent cells; correct")  # fmt: skip
def lu14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 10, 12, 12, 10))
    project_head(
        s, year=2027, name="老年人免费健康体检", dept="鹭汀区卫生健康局（315）",
        unit="鹭汀区疾病预防控制中心",
        money=[("年度资金总额", money(176), "其中：财政拨款", money(176)),
               ("其他资金", money(0), None, None)],
        goals=["为辖区65岁以上常住老年人提供免费健康体检，建立和更新健康档案，早发现、早干预"
               "慢性病。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值")
    s.table(
        [
            ("产出指标", "数量指标", "老年人体检人数", "≥", 22000, "人", 15),
            (None, None, "健康档案更新份数", "≥", 22000, "份", 10),
            (None, "质量指标", "体检报告规范率", "≥", pct(0.95), None, 10),
            (None, "时效指标", "体检结果反馈时限", "≤", 15, "个工作日", 5),
            ("成本指标", "经济成本指标", "人均体检费用", "≤", 80, "元/人", 10),
            ("效益指标", "社会效益指标", "慢性病早期发现转诊人数", "≥", 600, "人", 15),
            (None, "可持续影响指标", "老年人健康管理率", "≥", pct(0.7), None, 15),
            ("满意度指标", "服务对象满意度指标", "体检老年人满意度", "≥", pct(0.9), None, 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, None, None, 90, merge=[(1, 6)])
    s.row("注：预算执行率（10分）由财政部门另行评价，不列入上表，指标分值合计90分。",
          merge=[(1, 7)])  # fmt: skip
    sign(s, "鹭汀区疾病预防控制中心", "房丽君", "0596-7732291", "2026年11月13日")
    return b


@variant("lu16-sewage-two-line-header", (7, 8), "three-year project, NAT-2021, two-line header "
         "(指标值 over 实施期 and 年度), 比较符 and 计量单位 columns, percent cells; "
         "correct")  # fmt: skip
def lu16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 10, 16, 14, 12))
    project_head(
        s, year=2027, years=3, name="乡镇污水处理设施运营维护",
        dept="鹭汀区住房和城乡建设局（309）",
        unit="鹭汀区村镇建设服务中心", attr="新增项目",
        money=[("中期资金总额", money(1530), "年度资金总额", money(510)),
               ("其中：财政拨款", money(1440), "其中：财政拨款", money(480)),
               ("其他资金", money(90), "其他资金", money(30))],
        goals=["2027—2029年委托第三方运营全区乡镇污水处理设施，出水稳定达标，配套管网逐年"
               "完善。",
               "2027年完成全区乡镇污水处理设施委托运营，出水达标，新建配套管网一期。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", None, "计量单位",
          merge=[(5, 6)])  # fmt: skip
    s.row(None, None, None, None, "实施期（2027—2029年）", "2027年度", None)
    for c in (1, 2, 3, 4, 7):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "新建配套污水管网", "≥", 36, 12, "公里"),
            (None, None, "污水处理量", "≥", 540, 180, "万吨"),
            (None, "质量指标", "出水水质达标率", "≥", pct(0.95), pct(0.95), None),
            (None, "时效指标", "设施故障修复时限", "≤", 48, 48, "小时"),
            ("成本指标", "经济成本指标", "吨水运营成本", "≤", 1.6, 1.6, "元/吨"),
            ("效益指标", "生态效益指标", "化学需氧量削减量", "≥", 1350, 450, "吨"),
            (None, "社会效益指标", "乡镇生活污水处理率", "≥", pct(0.85), pct(0.8), None),
            (None, "可持续影响指标", "运营维护考核制度", "定性", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "乡镇居民满意度", "≥", pct(0.9), pct(0.9), None),
        ],
        merged=(1, 2),
    )
    sign(s, "鹭汀区村镇建设服务中心", "冼国栋", "0596-7736649", "2026年11月23日")
    return b


@variant("lu17-stacked-sports-twins", (2,), "two projects stacked in one sheet, OLD-NAT, 比较符 "
         "column, the same indicator names with their own values; correct")  # fmt: skip
def lu17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 10, 14, 14))
    for name, attr, total, count, unit_cost, people in (
        ("全民健身路径更新（城区）", "延续项目", 48, 40, 1.2, 3.5),
        ("全民健身路径更新（乡镇）", "延续项目", 66, 60, 1.1, 2.8),
    ):
        project_head(
            s, year=2027, name=name, dept="鹭汀区教育体育局（305）", unit="鹭汀区体育事业发展中心",
            attr=attr,
            money=[("年度资金总额", money(total), "其中：财政拨款", money(total)),
                   ("其他资金", money(0), None, None)],
            goals=["更新老旧全民健身路径器材，方便群众就近健身，提高器材安全完好水平。"],
        )  # fmt: skip
        s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
        s.table(
            [
                ("产出指标", "数量指标", "更新健身路径数量", "≥", count, "条"),
                (None, "质量指标", "器材安装验收合格率", "≥", pct(0.98), None),
                (None, "时效指标", "器材安装完成时间", "≤", "2027年9月30日", None),
                (None, "成本指标", "每条健身路径更新费用", "≤", unit_cost, "万元/条"),
                ("效益指标", "社会效益指标", "惠及健身群众", "≥", people, "万人"),
                (None, "可持续影响指标", "器材安全巡检制度", "定性", "健全", None),
                ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥", pct(0.9), None),
            ],
            merged=(1, 2),
        )
        s.skip()
    sign(s, "鹭汀区体育事业发展中心", "甘志远", "0596-7730083", "2026年11月10日")
    return b


@variant("lu18-smart-parking-words", (8, 11), "two-year project, NAT-2021, 指标性质 as direction "
         "and 比较符 in words, 中期 and 年度 columns, a milestone in the project's second year; "
         "correct")  # fmt: skip
def lu18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 26, 10, 12, 16, 16, 10))
    project_head(
        s, year=2027, years=2, name="城区智慧停车系统建设", dept="鹭汀区城市管理局（321）",
        unit="鹭汀区城市管理信息中心", attr="新增项目",
        money=[("中期资金总额", money(860), "年度资金总额", money(520)),
               ("其中：财政拨款", money(760), "其中：财政拨款", money(460)),
               ("其他资金", money(100), "其他资金", money(60))],
        goals=["2027—2028年建成城区智慧停车管理平台，路内泊位全部纳入智能管理，缓解停车难。",
               "2027年完成平台一期和主要路段泊位智能化改造，平台上线试运行。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "中期指标值", "年度指标值",
          "计量单位")  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "智能化改造路内泊位", "正向", "大于等于", 6800, 4000, "个"),
            (None, None, "安装地磁检测器", "正向", "大于等于", 6800, 4000, "套"),
            (None, "质量指标", "泊位识别准确率", "正向", "大于等于", pct(0.98), pct(0.97), None),
            (
                None,
                "时效指标",
                "平台建设节点完成时间",
                "反向",
                "小于等于",
                "2028年6月30日",
                "2027年12月31日",
                None,
            ),
            (
                "成本指标",
                "经济成本指标",
                "单泊位改造成本",
                "反向",
                "小于等于",
                0.11,
                0.11,
                "万元/个",
            ),
            (
                "效益指标",
                "社会效益指标",
                "停车投诉率",
                "反向",
                "小于等于",
                pct(0.02),
                pct(0.03),
                None,
            ),
            (None, "经济效益指标", "路内泊位日均周转次数", "正向", "大于等于", 4, 3.5, "次"),
            (None, "可持续影响指标", "停车数据共享单位", "正向", "大于等于", 5, 3, "家"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "车主满意度",
                "正向",
                "大于等于",
                pct(0.9),
                pct(0.85),
                None,
            ),
        ],
        merged=(1, 2),
    )
    sign(s, "鹭汀区城市管理信息中心", "骆一鸣", "0596-7737725", "2026年11月28日")
    return b
