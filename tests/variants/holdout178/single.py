"""One-year project returns of the 178th held-out set (of01, of04, of05, of06, of08, of09, of11,
of12, of13)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout178.common import indicators, new_book, one_year, sign
from tests.variants.holdout178.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "of01-irrigation-saving-rate",
    (1,),
    "one-year project, OLD-NAT, operators inside the values, a 成本节约率 ≤10% (correct)",
)
def of01() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="松岭县灌溉渠系及泵站维护项目",
        dept="松岭县农业农村局（318）",
        unit="松岭县农田水利服务中心",
        money=one_year(300, 270, 30),
        goals=[
            "维护灌溉渠道45公里、维修泵站12座，恢复和新增有效灌溉面积3000亩，受益农户2600户以上。"
        ],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "维护灌溉渠道长度", "≥45公里"),
            (None, None, "维修泵站数量", "≥12座"),
            (None, "质量指标", "维护工程验收合格率", "≥98%"),
            (None, "时效指标", "维护工程完成时间", "2026年10月31日前"),
            (None, "成本指标", "渠道维护成本", "≤5万元/公里"),
            (None, None, "成本节约率", "≤10%"),
            ("效益指标", "经济效益指标", "新增有效灌溉面积", "≥3000亩"),
            (None, "社会效益指标", "受益农户数", "≥2600户"),
            (None, "可持续影响指标", "设施正常运行年限", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
        ],
    )
    sign(s, 2026, "周岚", "0731-6628114")
    return b


@variant(
    "of04-road-standard-timely-days",
    (2, 3),
    (
        "one-year project, NAT-2021, unit column beside inline "
        "values: a per-公里 standard × 公里 above the money, a 及时率 "
        "in 天"
    ),
)
def of04() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="青溪区农村公路日常养护项目",
        dept="青溪区交通运输局（205）",
        unit="青溪区公路养护所",
        money=one_year(360, 360, 0),
        goals=[
            "完成120公里农村公路日常养护，修复坑槽路面8000平方米，养护路段优良路率达到85%以上。"
        ],
    )
    indicators(
        s,
        [
            (
                "成本指标",
                "经济成本指标",
                "农村公路养护单价",
                mk(
                    "≤3.5万元/公里",
                    "B107",
                    "warning",
                    row=True,
                    note="3.5万元/公里 × 120公里 = 420万元 > 年度资金 360万元",
                ),
                "万元/公里",
            ),
            ("产出指标", "数量指标", "养护农村公路里程", "≥120公里", "公里"),
            (None, None, "修复坑槽路面面积", "≥8000平方米", "平方米"),
            (None, "质量指标", "养护路段优良路率", "≥85%", "%"),
            (
                None,
                "时效指标",
                "路面病害处置及时率",
                mk("≥95天", "T105", "error", alt=("T112",), note="a 及时率 needs a percentage"),
                "天",
            ),
            ("效益指标", "社会效益指标", "沿线群众出行条件", "明显改善", None),
            (None, "可持续影响指标", "农村公路列养率", "≥98%", "%"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "%"),
        ],
        head=("一级指标", "二级指标", "三级指标", "指标值", "计量单位"),
    )
    sign(s, 2026, "梁振华", "0731-5521906")
    return b


@variant(
    "of05-road-safety-within-money",
    (2,),
    (
        "one-year project, NAT-2021, inline values: a per-公里 "
        "standard × 公里 within the money, a 下降率 ≥5% (correct)"
    ),
)
def of05() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="云槐市乡村道路安全隐患整治项目",
        dept="云槐市交通运输局（112）",
        unit="云槐市农村公路管理站",
        money=one_year(500, 450, 50),
        goals=[
            "整治乡村道路安全隐患路段110公里，安装波形护栏26公里、警示标志300块，道路交通事故起数下降5%以上。"
        ],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "整治道路里程", "≥110公里"),
            (None, None, "安装波形护栏长度", "≥26公里"),
            (None, None, "设置警示标志", "≥300块"),
            (None, "质量指标", "整治工程验收合格率", "≥98%"),
            (None, "时效指标", "整治完成时间", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "安全设施整治单价", "≤4万元/公里"),
            ("效益指标", "社会效益指标", "道路交通事故起数下降率", "≥5%"),
            (None, "可持续影响指标", "安全设施使用年限", "≥8年"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥92%"),
        ],
    )
    sign(s, 2026, "韩秋实", "0745-3316027")
    return b


@variant(
    "of06-clinic-deadline-next-year",
    (4, 5),
    "one-year project, OLD-NAT, inline values: a 时效 date in the next year, a 满意度 ≤90%",
)
def of06() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="白鹭镇等乡镇卫生院医疗设备更新项目",
        dept="枫林县卫生健康局（406）",
        unit="枫林县卫生健康局",
        money=one_year(180, 150, 30),
        goals=[
            "为辖区8家乡镇卫生院更新医疗设备25台，年内完成安装调试并投入使用，提升基层诊疗能力。"
        ],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "购置医疗设备数量", "≥25台"),
            (None, None, "覆盖乡镇卫生院", "≥8家"),
            (None, "质量指标", "设备验收合格率", "≥98%"),
            (
                None,
                "时效指标",
                "设备安装调试完成时间",
                mk("2027年6月底前", "Y102", "error", note="项目期1年（2026年），日期落在下一年"),
            ),
            (None, "成本指标", "设备采购平均单价", "≤6万元/台"),
            ("效益指标", "社会效益指标", "乡镇卫生院门诊诊疗人次增长率", "≥8%"),
            (None, "可持续影响指标", "设备完好率", "≥95%"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "就诊群众满意度",
                mk("≤90%", "T108", "warning", row=True, note="满意度 is 正向: ≥ is meant"),
            ),
            (None, None, "医务人员满意度", "≥90%"),
        ],
    )
    sign(s, 2026, "陶敏", "0739-7260318")
    return b


@variant(
    "of08-sewage-goal-count-over-100",
    (6, 7),
    (
        "one-year project, NAT-2021, inline values and a 备注 "
        "column: the 年度目标 names 3座, the indicator 4座; a 合格率 of "
        "105%"
    ),
)
def of08() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="枫林县村级污水处理站建设项目",
        dept="枫林县住房和城乡建设局（407）",
        unit="枫林县村镇建设服务中心",
        money=one_year(640, 600, 40),
        attr="新增项目",
        goals=[
            mk(
                "新建村级污水处理站3座，配套建设污水管网9公里，受益农户1800户以上。",
                "D104",
                "warning",
                required=False,
                note="the goal's side of the conflict",
            )
        ],
    )
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单座处理站建设成本", "≤150万元/座", "含配套管网"),
            (
                "产出指标",
                "数量指标",
                "新建村级污水处理站数量",
                mk("≥4座", "D104", "warning", row=True, note="年度目标写3座"),
                None,
            ),
            (None, None, "配套污水管网长度", "≥9公里", None),
            (None, "质量指标", "出水水质达标率", "≥95%", "一级B标准"),
            (None, None, "工程验收合格率", mk(pct(1.05), "T106", "error"), None),
            (None, "时效指标", "竣工验收时间", "2026年12月20日前", None),
            ("效益指标", "生态效益指标", "化学需氧量年削减量", "≥30吨", None),
            (None, "社会效益指标", "受益农户数", "≥1800户", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
        ],
        head=("一级指标", "二级指标", "三级指标", "指标值", "备注"),
    )
    sign(s, 2026, "欧阳晨", "0739-7284551")
    return b


@variant(
    "of09-library-duplicate",
    (8,),
    (
        "one-year project, OLD-NAT, operator column 指标性质 and "
        "unit column, percent cells: the same tier-3 twice under "
        "数量指标 with the same value"
    ),
)
def of09() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="白沙河区公共图书馆免费开放项目",
        dept="白沙河区文化和旅游局（221）",
        unit="白沙河区图书馆",
        money=one_year(160, 140, 20),
        attr="常年项目",
        goals=[
            "全年举办阅读推广活动120场，新增馆藏图书12000册，接待读者35万人次，读者满意度达到92%以上。"
        ],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "举办阅读推广活动", "≥", 120, "场"),
            (None, None, "新增馆藏图书", "≥", 12000, "册"),
            (None, None, "年接待读者", "≥", 350000, "人次"),
            (None, None, mk("举办阅读推广活动", "D101", "warning", row=True), "≥", 120, "场"),
            (None, "质量指标", "图书借还差错率", "≤", pct(0.005, "0.0%"), "%"),
            (None, "时效指标", "新书上架及时率", "≥", pct(0.95), "%"),
            (None, "成本指标", "免费开放运行经费", "≤", 160, "万元"),
            ("效益指标", "社会效益指标", "全民阅读参与人次增长率", "≥", pct(0.05), "%"),
            (None, "可持续影响指标", "免费开放服务机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", pct(0.92), "%"),
        ],
        head=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
    )
    sign(s, 2026, "沈一苇", "0736-2218870")
    return b


@variant(
    "of11-fire-cost-percent",
    (9,),
    (
        "one-year project, NAT-2021, operator column 指标方向 and "
        "unit column: a 成本 indicator in 元 whose value is a "
        "percentage"
    ),
)
def of11() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="松岭县森林防火物资储备项目",
        dept="松岭县应急管理局（322）",
        unit="松岭县森林消防大队",
        money=one_year(150, 120, 30),
        goals=["购置扑火装备400套，补充储备库物资，保障森林防火期物资调拨及时到位。"],
    )
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单套扑火装备采购单价", "≤", 3200, "元/套"),
            (
                None,
                None,
                "储备物资采购成本",
                "≤",
                mk(pct(0.08), "T112", "error", row=True, note="单位列为元，指标值却是百分比"),
                "元",
            ),
            ("产出指标", "数量指标", "购置扑火装备", "≥", 400, "套"),
            (None, None, "储备库物资品类", "≥", 18, "类"),
            (None, "质量指标", "物资验收合格率", "≥", pct(0.98), "%"),
            (None, "时效指标", "物资入库完成时间", "≤", "2026年3月31日", None),
            ("效益指标", "社会效益指标", "森林火灾受害率", "≤", pct(0.0009, "0.00%"), "%"),
            (None, "可持续影响指标", "物资储备管理制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "扑火队员满意度", "≥", pct(0.9), "%"),
        ],
        head=("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"),
    )
    sign(s, 2026, "罗启明", "0731-6655082")
    return b


@variant(
    "of12-farmer-training-copied",
    (10,),
    "one-year project, NAT-2021, inline values: a 效益 indicator copied into 产出, another value",
)
def of12() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="青岚市高素质农民培育项目",
        dept="青岚市农业农村局（130）",
        unit="青岚市农业广播电视学校",
        money=one_year(150, 150, 0),
        goals=["培育高素质农民500人，培训考核合格率90%以上，带动周边农户增收。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "培育高素质农民", "≥500人"),
            (
                None,
                None,
                "带动周边农户增收户数",
                mk("≥1000户", "*", "error", required=False, row=True, note="the copy in 产出"),
            ),
            (None, "质量指标", "培训考核合格率", "≥90%"),
            (None, "时效指标", "培训任务完成时间", "2026年10月31日前"),
            ("成本指标", "经济成本指标", "人均培训补助标准", "≤3000元/人"),
            (
                "效益指标",
                "经济效益指标",
                "带动周边农户增收户数",
                mk("≥1500户", "D102", "error", row=True, note="产出指标下同名指标为≥1000户"),
            ),
            (None, "可持续影响指标", "学员跟踪服务期限", "≥12个月"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
        ],
    )
    sign(s, 2026, "钟佩", "0738-4429013")
    return b


@variant(
    "of13-campus-cctv-columns",
    (11,),
    (
        "one-year project, OLD-NAT, direction column 指标性质, "
        "operator column 比较符 and unit column, percent cells, "
        "footnotes and signature (correct)"
    ),
)
def of13() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="临溪县中小学校园安全监控升级项目",
        dept="临溪县教育局（512）",
        unit="临溪县教育技术装备中心",
        money=one_year(260, 230, 30),
        attr="一次性项目",
        goals=["为52所中小学升级校园安全监控点位1300个，设备在线率保持95%以上。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "升级监控点位", "正向", "≥", 1300, "个"),
            (None, None, "覆盖学校", "正向", "≥", 52, "所"),
            (None, "质量指标", "设备验收合格率", "正向", "≥", pct(0.98), "%"),
            (None, None, "监控设备在线率", "正向", "≥", pct(0.95), "%"),
            (None, "时效指标", "项目完工时间", "反向", "≤", "2026年8月31日", None),
            (None, "成本指标", "单点位升级成本", "反向", "≤", 1800, "元/个"),
            ("效益指标", "社会效益指标", "校园安全事件发生率", "反向", "≤", pct(0.01), "%"),
            (None, "可持续影响指标", "设备使用年限", "正向", "≥", 6, "年"),
            ("满意度指标", "服务对象满意度指标", "师生和家长满意度", "正向", "≥", pct(0.92), "%"),
        ],
        head=("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位"),
    )
    s.row("注：1.指标性质为正向的，实际值不低于目标值为达成；为反向的，实际值不高于目标值为达成。")
    s.row("2.本表金额单位为万元。")
    sign(s, 2026, "贺婉清", "0744-8102257")
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：")
    return b
