"""Converted returns with planted mistakes a careful reviewer finds: operators against the
direction in a 比较符 column, a 中期 value copied into 年度 inside a two-value cell, a missing
tier-1, a unit conflict, money that does not add up, a placeholder, a tier-2 under the wrong
tier-1, a deadline as a percentage."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout54.converted import sign
from tests.variants.holdout54.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct


@variant(
    "jl13-operator-column-direction",
    (9, 11),
    "project, OLD-NAT, 比较符 and 计量单位 columns, percent cells: a complaint rate and a "
    "response time with ≥, a unit running cost with =",
)
def jl13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 10, 14, 14))
    project_head(
        s,
        year=2027,
        name="丰源县城市管理执法装备运行保障项目",
        dept="丰源县城市管理局（133）",
        unit="丰源县城市管理综合执法大队",
        attr="常年项目",
        money=[
            ("资金总额", money(168, WAN), "其中：财政拨款", money(168, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["保障40辆执法车辆和执法装备正常运行，巡查覆盖城区道路320公里，提升市容秩序。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "执法巡查车辆保障数量", "≥", 40, "辆"),
            (None, None, "巡查覆盖城区道路里程", "≥", 320, "公里"),
            (None, "质量指标", "执法装备完好率", "≥", pct(0.95), "%"),
            (
                None,
                "时效指标",
                "接报后平均到达现场时间",
                mk("≥", "T108", "warning", row=True, note="a response time takes ≤"),
                15,
                "分钟",
            ),
            (
                None,
                "成本指标",
                "单车年度运行维护成本",
                mk("=", "T108", "warning", row=True, alt=("T117",), note="= on a cost cap"),
                1.2,
                "万元/辆",
            ),
            (
                "效益指标",
                "社会效益指标",
                "市容环境类群众投诉率",
                mk("≥", "T108", "warning", row=True, note="a complaint rate takes ≤"),
                pct(0.02),
                "%",
            ),
            (None, None, "占道经营问题整改率", "≥", pct(0.9), "%"),
            (None, "可持续影响指标", "执法车辆定位监管接入率", "=", pct(1), "%"),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    sign(s, "庞立新", "0794-7723561", (2026, 11, 7))
    return b


@variant(
    "jl14-two-values-copied",
    (8, 9),
    "three-year project, NAT-2021, 中期/年度 in one cell: a cumulative count copied into 年度, "
    "another whose 年度 value exceeds its 中期 value",
)
def jl14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 30, 16, 16))
    project_head(
        s,
        year=2027,
        years=3,
        name="临川县智慧校园建设项目",
        dept="临川县教育体育局（409）",
        unit="临川县电化教育馆",
        attr="新增项目",
        money=[
            ("中期资金总额", money(1500, WAN), "年度资金总额", money(500, WAN)),
            ("其中：财政拨款", money(1400, WAN), "其中：财政拨款", money(460, WAN)),
            ("其他资金", money(100, WAN), "其他资金", money(40, WAN)),
        ],
        goals=[
            "用三年时间完成全县30所中小学智慧校园改造，培训教师1500人次，课堂信息化教学"
            "应用率达到90%。",
            "完成10所学校智慧校园改造，培训教师500人次，课堂信息化教学应用率达到70%。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值（中期/年度）")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "完成智慧校园改造学校数",
                mk(
                    "≥30所/≥30所",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="the period count copied into 年度; the 年度目标 says 10所",
                ),
            ),
            (
                None,
                None,
                "建设常态化录播教室数量",
                mk("≥8间/≥12间", "D201", "error", note="the annual 12 exceeds the period 8"),
            ),
            (None, None, "教师信息化应用能力培训人次", "≥1500人次/≥500人次"),
            (None, "质量指标", "设备安装调试验收合格率", "=100%/=100%"),
            (None, "时效指标", "建设任务完成时间", "2029年8月31日前/2027年8月31日前"),
            (
                "成本指标",
                "经济成本指标",
                "单校改造平均投入",
                ok(
                    "≤45万元/≤45万元",
                    note="30 schools × 45万 exceeds the annual money only because of the copied 30",
                ),
            ),
            ("效益指标", "社会效益指标", "课堂信息化教学应用率", "≥90%/≥70%"),
            (None, "可持续影响指标", "设备年均正常运行率", "≥95%/≥95%"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%/≥90%"),
        ],
        merged=(1, 2),
    )
    sign(s, "蔡振东", "0797-6219980", (2026, 11, 3))
    return b


@variant(
    "jl15-missing-tier-unit-conflict",
    (9,),
    "project, OLD-NAT, a 计量单位 column: no 效益指标 at all, an amount in 万元 against the unit "
    "column's 人",
)
def jl15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 14, 16))
    b.file_mark("F106", "error", note="no 效益指标 tier-1 in a project table")
    project_head(
        s,
        year=2027,
        name="青岚市非物质文化遗产保护传承项目",
        dept="青岚市文化广电旅游局（215）",
        unit="青岚市非物质文化遗产保护中心",
        money=[
            ("资金总额", money(75, WAN), "其中：财政拨款", money(70, WAN)),
            ("其他资金", money(5, WAN), None, None),
        ],
        goals=["资助45名非遗传承人带徒授艺，举办非遗展演12场，完成8个非遗项目数字化记录。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "资助非遗传承人带徒授艺人数", "≥45", "人"),
            (None, None, "非遗展演活动场次", "≥12", "场"),
            (None, None, "非遗项目数字化记录数量", "≥8", "项"),
            (None, "质量指标", "数字化记录成果验收合格率", "=100%", "%"),
            (None, "时效指标", "带徒授艺补助发放时间", "2027年6月30日前", None),
            (
                None,
                "成本指标",
                "传承人带徒授艺补助总额",
                mk("≤36万元", "T112", "error", note="万元 in the value, 人 in the unit column"),
                "人",
            ),
            (None, None, "非遗展演场均成本", "≤1.5", "万元/场"),
            ("满意度指标", "服务对象满意度指标", "展演观众满意度", "≥90%", "%"),
        ],
        merged=(1, 2),
    )
    sign(s, "乔雅", "0791-8871243", (2026, 10, 30))
    return b


@variant(
    "jl16-text-money-tasks-placeholder",
    (9, 12),
    "department, NAT-2021, amounts as text with separators: 基本支出 + 项目支出 ≠ 资金总额, tasks "
    "not adding to 金额合计, a placeholder left in a value",
)
def jl16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 18, 18, 18))
    note = "an amount as text with separators"
    department_head(
        s,
        year=2027,
        dept="丰源县文化广电和旅游局",
        budget=[
            (
                mk(
                    ok("1,386.20", "error", note=note),
                    "B101",
                    "error",
                    row=True,
                    note="基本支出 986.20 + 项目支出 380.00 = 1,366.20",
                ),
                ok("1,326.20", note=note),
                ok("60.00", note=note),
                ok("986.20", "error", note=note),
                ok("380.00", "error", note=note),
            ),
        ],
        tasks=[
            (
                "文化惠民演出",
                "送戏下乡及广场文化活动",
                ok("150.00", note=note),
                "完成送戏下乡演出120场",
            ),
            (
                "场馆免费开放",
                "文化馆、图书馆、博物馆免费开放",
                ok("130.00", note=note),
                "场馆全年免费开放300天以上",
            ),
            (
                "旅游宣传推介",
                "旅游节庆及线上线下宣传推介",
                ok("90.00", note=note),
                "开展推介活动6次",
            ),
            (
                "金额合计",
                None,
                mk(
                    ok("380.00", "error", note=note),
                    "B102",
                    "error",
                    note="150 + 130 + 90 = 370, not 380",
                ),
                None,
            ),
        ],
        goal="开展文化惠民演出，保障公共文化场馆免费开放，加强旅游宣传推介。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "送戏下乡演出场次",
                mk("≥**场", "X101", "error", note="a placeholder left in the value"),
            ),
            ("产出指标", "数量指标", "公共文化场馆免费开放天数", "≥300天"),
            ("产出指标", "数量指标", "旅游宣传推介活动次数", "≥6次"),
            ("产出指标", "质量指标", "演出节目内容审核合格率", "=100%"),
            ("产出指标", "时效指标", "免费开放补助资金拨付及时率", "≥95%"),
            ("成本指标", "经济成本指标", "送戏下乡场均补助标准", "≤1万元/场"),
            ("效益指标", "社会效益指标", "公共文化场馆年接待人次", "≥35万人次"),
            ("效益指标", "经济效益指标", "全县旅游接待人次增长率", "≥8%"),
            ("效益指标", "可持续影响指标", "基层综合性文化服务中心达标率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥90%"),
        ]
    )
    sign(s, "曾凡", "0794-7702218", (2026, 11, 20))
    return b


@variant(
    "jl17-split-header-wrong-parent",
    (5, 7, 9),
    "project, NAT-2021, the header split over two rows (一级 / 指标, 年度 / 指标值), a 指标值设定"
    "依据 column: a 时效指标 row inside the 效益指标 block with a deadline given as 100%",
)
def jl17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 16))
    project_head(
        s,
        year=2027,
        name="白沙河区河道保洁及水环境巡查项目",
        dept="白沙河区水务局（305）",
        unit="白沙河区河道管理所",
        attr="常年项目",
        money=[
            ("资金总额", money(132, WAN), "其中：财政拨款", money(122, WAN)),
            ("其他资金", money(10, WAN), None, None),
        ],
        goals=["完成辖区86公里河道日常保洁和每周水质巡查，重点河道断面水质达标率达到90%以上。"],
    )
    s.row("一级", "二级", "三级", "年度", "设定")
    s.row("指标", "指标", "指标", "指标值", "依据")
    s.table(
        [
            ("产出指标", "数量指标", "河道日常保洁长度", "≥86公里", "计划标准"),
            (None, None, "水质巡查频次", "≥52次", "计划标准"),
            (None, "质量指标", "河道保洁质量考核达标率", "≥95%", "行业标准"),
            ("成本指标", "经济成本指标", "河道保洁单位成本", "≤1.3万元/公里", "历史标准"),
            ("效益指标", "生态效益指标", "重点河道断面水质达标率", "≥90%", "计划标准"),
            (
                None,
                mk("时效指标", "F105", "error", note="a 产出 tier-2 in the 效益 block"),
                "巡查问题整改完成时间",
                mk("100%", "T113", "warning", note="a deadline given as a percentage"),
                "计划标准",
            ),
            (None, "可持续影响指标", "河道长效保洁机制运行", "有效", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "计划标准"),
        ],
        merged=(1, 2),
    )
    sign(s, "孔德林", "0791-8830065", (2026, 11, 11))
    return b
