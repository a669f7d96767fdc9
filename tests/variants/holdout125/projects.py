"""me01–me06: road, park, bridge, old-community, sanitation and street-light projects of 桐川市."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout125.common import footer, funds, table
from tests.variants.holdout125.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

W6 = (14, 14, 30, 18, 18, 16)


@variant(
    "me01-road-resurface",
    (8, 12),
    "three-year road project, NAT-2021, 中期/年度 columns, "
    "分年度资金安排 with 省级补助 · 市级资金 · 社会资本; correct",
)
def me01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        years=3,
        name="桐川市主城区市政道路大中修工程",
        dept="桐川市住房和城乡建设局 318001",
        unit="桐川市市政设施管理中心",
        attr="新增项目",
        money=[
            ("中期资金总额", money(6000, WAN), "年度资金总额", money(2200, WAN)),
            ("其中：财政拨款", money(5400, WAN), "其中：财政拨款", money(2000, WAN)),
            ("其他资金", money(600, WAN), "其他资金", money(200, WAN)),
        ],
        goals=[
            "2027—2029年完成主城区21万平方米沥青路面大中修、36公里道路病害修复，道路完好率稳步提高。",
            "2027年完成东环路、滨河北路等路段7.5万平方米大中修和12公里病害修复。",
        ],
    )
    funds(
        s,
        (2027, 2028, 2029),
        [
            ("省级补助", (800, 600, 400)),
            ("市级资金", (1200, 1300, 1100)),
            ("社会资本", (200, 200, 200)),
        ],
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"),
        [
            ("产出指标", "数量指标", "道路大中修面积", "≥21万平方米", "≥7.5万平方米", None),
            (None, None, "道路病害修复里程", "≥36公里", "≥12公里", None),
            (None, None, "改造无障碍坡道", "≥180处", "≥60处", None),
            (None, "质量指标", "工程验收合格率", pct(1), pct(1), None),
            (None, None, "路面平整度达标率", "≥95%", "≥95%", "行业标准"),
            (
                None,
                "时效指标",
                "年度大中修任务完成时间",
                "2029年11月30日前",
                "2027年11月30日前",
                None,
            ),
            (
                "成本指标",
                "经济成本指标",
                "沥青路面大中修单位造价",
                "≤260元/平方米",
                "≤260元/平方米",
                "计划标准",
            ),
            ("效益指标", "社会效益指标", "道路通行状况", "有效改善", "有效改善", None),
            (None, "可持续影响指标", "修复路段设计使用年限", "≥10年", "≥10年", None),
            ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "≥90%", None),
        ],
    )
    footer(s, "周立群", "2026年11月16日")
    return b


@variant(
    "me02-park-greening",
    (1, 12),
    "one-year park project, OLD-NAT, 比较符 and 计量单位 "
    "columns, percent cells, one-year source block; correct",
)
def me02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        name="云门公园绿地品质提升工程",
        dept="桐川市城市管理局 322",
        unit="桐川市园林绿化服务中心",
        attr="一次性项目",
        money=[
            ("年度资金总额", money(1500, WAN), "其中：财政拨款", money(1500, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "新增绿地3.2万平方米，补植乔木1800株，改造园路4.5公里，新建公厕3座，提升公园服务品质。"
        ],
    )
    funds(s, (2027,), [("省级补助", (300,)), ("市级资金", (1200,))])
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "新增绿地面积", "≥", 3.2, "万平方米"),
            (None, None, "补植乔木", "≥", 1800, "株"),
            (None, None, "改造园路", "≥", 4.5, "公里"),
            (None, None, "新建公厕", "=", 3, "座"),
            (None, "质量指标", "苗木成活率", "≥", pct(0.95), "%"),
            (None, None, "工程验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "工程完工时间", "≤", "2027年11月30日", None),
            (None, "成本指标", "绿化提升单位造价", "≤", 380, "元/平方米"),
            ("效益指标", "社会效益指标", "新增市民休闲活动空间", "≥", 1.1, "万平方米"),
            (None, "生态效益指标", "公园绿化覆盖率", "≥", pct(0.8), "%"),
            (None, "可持续影响指标", "绿化养护期", "≥", 2, "年"),
            ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.9), "%"),
        ],
    )
    footer(s, "陈晓岚", "2026年11月20日")
    return b


@variant(
    "me03-bridge-repair",
    (2, 8, 12),
    "two-year bridge project, NAT-2021, 中期/年度: the "
    "2028 column of the source block does not add up, an annual count above its period",
)
def me03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        years=2,
        name="桐川市城市桥梁维修加固工程（2027—2028年）",
        dept="桐川市交通运输局 325001",
        unit="桐川市公路与桥梁养护中心",
        money=[
            ("中期资金总额", money(4200, WAN), "年度资金总额", money(2400, WAN)),
            ("其中：财政拨款", money(3800, WAN), "其中：财政拨款", money(2200, WAN)),
            ("其他资金", money(400, WAN), "其他资金", money(200, WAN)),
        ],
        goals=[
            "两年内完成12座城市桥梁维修加固，更换伸缩缝800延米，维修人行天桥4座。",
            "2027年完成7座桥梁加固、450延米伸缩缝更换和2座人行天桥维修。",
        ],
    )
    funds(
        s,
        (2027, 2028),
        [("省级补助", (900, 700)), ("市级资金", (1300, 900)), ("社会资本", (200, 200))],
        bad={
            (3, 1): mk(
                money(1900),
                "B101",
                "error",
                alt=("B102",),
                note="2028: 700 + 900 + 200 = 1800, not 1900",
            ),
            (3, 2): ok(
                money(4200),
                "error",
                note="correct total; a finding here may localise the 2028 slip",
            ),
        },
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"),
        [
            (
                "产出指标",
                "数量指标",
                "维修加固桥梁",
                "≥12",
                ok(mk("≥14", "D201", "error", note="annual 14 > period 12")),
                "座",
            ),
            (None, None, "更换桥梁伸缩缝", "≥800", "≥450", "延米"),
            (None, None, "维修人行天桥", "≥4", "≥2", "座"),
            (None, "质量指标", "加固后桥梁技术状况达标率", pct(1), pct(1), "%"),
            (
                None,
                "时效指标",
                "一期加固工程完工时间",
                "2027年10月31日前",
                "2027年10月31日前",
                None,
            ),
            ("成本指标", "经济成本指标", "单座桥梁平均加固费用", "≤300", ok("≤300"), "万元/座"),
            ("效益指标", "社会效益指标", "桥梁通行安全保障水平", "有效提升", "有效提升", None),
            (None, "可持续影响指标", "加固后桥梁设计使用年限", "≥20", "≥20", "年"),
            ("满意度指标", "服务对象满意度指标", "通行群众满意度", "≥90%", "≥90%", "%"),
        ],
    )
    footer(s, "林卫东", "2026年11月18日")
    return b


@variant(
    "me04-old-community",
    (8, 12),
    "three-year 老旧小区改造, NAT-2021, two-line header "
    "(指标值 over 中期 and 年度), 计量单位 column, percent cells; correct",
)
def me04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        years=3,
        name="桐川市城镇老旧小区改造项目",
        dept="桐川市住房和城乡建设局 318001",
        unit="桐川市城市更新服务中心",
        attr="新增项目",
        money=[
            ("中期资金总额", money(18000, WAN), "年度资金总额", money(6600, WAN)),
            ("其中：财政拨款", money(15600, WAN), "其中：财政拨款", money(6000, WAN)),
            ("其他资金", money(2400, WAN), "其他资金", money(600, WAN)),
        ],
        goals=[
            "2027—2029年改造老旧小区42个、建筑面积96万平方米，惠及居民1.15万户。",
            "2027年改造老旧小区15个、建筑面积34万平方米，惠及居民4100户。",
        ],
    )
    funds(
        s,
        (2027, 2028, 2029),
        [
            ("省级补助", (3000, 2400, 1800)),
            ("市级资金", (3000, 3000, 2400)),
            ("社会资本", (600, 900, 900)),
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "计量单位", "指标值", None, merge=[(5, 6)])
    s.row(None, None, None, None, "中期（2027—2029年）", "年度（2027年）")
    for c in range(1, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "改造老旧小区数量", "个", "≥42", "≥15"),
            (None, None, "改造建筑面积", "万平方米", "≥96", "≥34"),
            (None, None, "受益居民户数", "户", "≥11500", "≥4100"),
            (None, None, "加装电梯", "部", "≥60", "≥20"),
            (None, None, "改造雨污管网", "公里", "≥28", "≥10"),
            (None, "质量指标", "竣工验收合格率", "%", pct(1), pct(1)),
            (
                None,
                "时效指标",
                "年度改造任务完成时间",
                None,
                "2029年11月30日前",
                "2027年11月30日前",
            ),
            ("成本指标", "经济成本指标", "综合改造单位造价", "元/平方米", "≤180", "≤180"),
            ("效益指标", "社会效益指标", "小区基础设施完好率", "%", "≥95", "≥95"),
            (None, "可持续影响指标", "改造小区长效管理机制覆盖率", "%", pct(1), pct(1)),
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "%", "≥90", "≥90"),
        ],
        merged=(1, 2),
    )
    footer(s, "赵静怡", "2026年11月12日")
    return b


@variant(
    "me05-sanitation",
    (10, 12),
    "one-year sanitation project, OLD-NAT, 分值 column adding to 100; correct",
)
def me05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        name="桐川市主城区环卫作业提质项目",
        dept="桐川市城市管理局 322",
        unit="桐川市环境卫生管理处",
        attr="延续项目",
        money=[
            ("中期资金总额", money(2680, WAN), "年度资金总额", money(2680, WAN)),
            ("其中：财政拨款", money(2680, WAN), "其中：财政拨款", money(2680, WAN)),
            ("其他资金", money(0, WAN), "其他资金", money(0, WAN)),
        ],
        goals=["道路机扫1250万平方米，生活垃圾清运9.5万吨，公厕保洁140座，城市环境卫生明显改善。"],
    )
    funds(s, (2027,), [("省级补助", (480,)), ("市级资金", (2200,))])
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注"),
        [
            ("产出指标", "数量指标", "道路机械化清扫面积", "≥1250万平方米", 10, None),
            (None, None, "生活垃圾清运量", "≥9.5万吨", 10, None),
            (None, None, "公厕保洁数量", "≥140座", 5, None),
            (None, "质量指标", "道路机械化清扫率", "≥85%", 10, None),
            (None, None, "生活垃圾无害化处理率", pct(1), 10, None),
            (None, "时效指标", "生活垃圾日产日清率", pct(1), 10, None),
            (None, "成本指标", "道路机扫作业单价", "≤1.6元/平方米·年", 10, "按作业合同"),
            ("效益指标", "社会效益指标", "城市环境卫生状况", "明显改善", 10, None),
            (None, "可持续影响指标", "环卫作业市场化运营机制", "持续有效", 5, None),
            ("满意度指标", "服务对象满意度指标", "市民对环境卫生满意度", "≥90%", 10, None),
            (None, None, "环卫作业人员满意度", "≥85%", 10, None),
        ],
    )
    footer(s, "何敏", "2026年11月21日")
    return b


@variant(
    "me06-streetlights",
    (9, 12),
    "one-year street-light project, NAT-2021, 计量单位 column: "
    "a phase date after the year, standard × count above the budget, a rate over 100%",
)
def me06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        name="临湖区城市道路照明节能改造工程",
        dept="桐川市临湖区城市管理局 405",
        unit="临湖区市政照明所",
        attr="一次性项目",
        money=[
            ("年度资金总额", money(1980, WAN), "其中：财政拨款", money(1980, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["2027年完成辖区9800盏路灯LED节能改造，分两期实施，年节电率30%以上。"],
    )
    funds(s, (2027,), [("省级补助", (580,)), ("区级资金", (1400,))])
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标值设定依据"),
        [
            ("产出指标", "数量指标", "LED路灯改造数量", ok("≥9800", "warning"), "盏", "计划标准"),
            (None, None, "新建单灯控制终端", "≥9800", "套", "计划标准"),
            (None, "质量指标", "改造路段亮灯率", mk("≥105%", "T106", "error"), "%", "行业标准"),
            (None, "时效指标", "一期改造完成时间", "2027年8月31日前", None, "计划标准"),
            (
                None,
                None,
                "二期改造完成时间",
                mk("2028年3月31日前", "Y102", "error", note="after the 2027 one-year project"),
                None,
                "计划标准",
            ),
            (
                "成本指标",
                "经济成本指标",
                "单灯改造综合单价",
                mk("≤2600", "B107", "warning", row=True, note="2600 元 × 9800 = 2548万 > 1980万"),
                "元/盏",
                "市场询价",
            ),
            ("效益指标", "经济效益指标", "年节约电费", "≥260", "万元", "测算"),
            (None, "生态效益指标", "年节电率", "≥30%", "%", "测算"),
            (None, "可持续影响指标", "改造灯具质保期", "≥5", "年", "合同约定"),
            ("满意度指标", "服务对象满意度指标", "沿街居民及商户满意度", "≥90%", "%", "历史标准"),
        ],
    )
    footer(s, "吴志刚", "2026年11月19日")
    return b
