"""Free-or-low-fee opening of stadiums: kbq13–kbq18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout735.common import (
    DEPT,
    HEAD5,
    YEAR,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout735.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kbq13-venues-detail", (1, 7, 12), "project, OLD-NAT, header 绩效目标值, a detail block "
         "of three venues adding to the money, a goal count with its parts in brackets, a typed "
         "percent, a unit cost × visits within the money (correct)")  # fmt: skip
def venues_detail() -> Book:
    b, s = new()
    project_head(
        s,
        year=YEAR,
        name="松涧市公共体育场馆免费低收费开放补助",
        dept=DEPT,
        unit="松涧市体育场馆管理中心",
        money=one_year(wan(280), wan(240), wan(40)),
        goals=[
            "2026年推动3座公共体育场馆（市体育中心、柘岭区全民健身中心、棠坞区游泳馆）"
            "免费或低收费开放，全年开放不少于330天，接待健身群众60万人次以上。"
        ],
    )
    s.row("资金明细", "场馆名称", "补助金额（万元）", "开放内容", None, None, merge=[(4, 6)])
    top = s.r
    s.row(None, "松涧市体育中心", wan(120), "田径场、篮球场免费开放", merge=[(4, 6)])
    s.row(None, "柘岭区全民健身中心", wan(90), "羽毛球、乒乓球低收费开放", merge=[(4, 6)])
    s.row(None, "棠坞区游泳馆", wan(70), "游泳池低收费开放", merge=[(4, 6)])
    s.row(None, "合计", wan(280), None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, [
        ("产出指标", "数量指标", "免费低收费开放场馆数量", "=3座"),
        (None, None, "全年开放天数", "≥330天"),
        (None, None, "年接待健身群众人次", "≥60万人次"),
        (None, "质量指标", "场馆安全检查合格率", pct(1)),
        (None, None, "开放设施完好率", "≥95%"),
        (None, "时效指标", "补助资金拨付时间", "2026年6月30日前"),
        (None, "成本指标", "每人次开放补助成本", "≤4.6元/人次"),
        ("效益指标", "社会效益指标", "场馆周边居民健身参与率", "≥45%"),
        (None, "可持续影响指标", "场馆开放长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "绩效目标值"))  # fmt: skip
    sign(s, "黎映禾", "0739-6126304", day(2025, 11, 21))
    return b


@variant("kbq14-centre-three-year-copy", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, the three-year visit count copied into 年度; "
         "per-year values legitimately equal")  # fmt: skip
def centre_three_year_copy() -> Book:
    b, s = new()
    goal = ("推动市体育中心全面免费低收费开放，年接待健身群众60万人次，每年开放不少于330天，"
            "群众满意度达到90%以上。")  # fmt: skip
    d204 = "三年期项目的年度目标与中期目标逐字相同"
    d202 = "三年累计180万人次原样抄进年度列；年度目标是每年60万人次"
    b107 = "由抄错的180万人次算出的成本超过年度资金，随D202一并容忍"
    project_head(s, year=YEAR, years=3, name="松涧市体育中心低收费开放运营补贴（2026—2028年）",
                 dept=DEPT, unit="松涧市体育场馆管理中心",
                 money=multi_year((wan(840), wan(720), wan(120)), (wan(280), wan(240), wan(40))),
                 goals=[goal, mk(goal, "D204", "warning", note=d204)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "累计接待健身群众人次", "≥180万人次",
         mk("≥180万人次", "D202", "warning", alt=("D104",), note=d202)),
        (None, None, "每年开放天数", "≥330天", "≥330天"),
        (None, None, "免费开放项目数", "≥10项", "≥8项"),
        (None, "质量指标", "场馆安全检查合格率", "100%", "100%"),
        (None, "时效指标", "年度开放计划公示时间", "每年1月31日前", "2026年1月31日前"),
        ("成本指标", "经济成本指标", "每人次运营补贴", "≤4.6元/人次",
         mk("≤4.6元/人次", "B107", "warning", row=True, required=False, note=b107)),
        ("效益指标", "社会效益指标", "周边居民经常锻炼比例", "≥48%", "≥45%"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "≥90%"),
    ], head=HEAD5)  # fmt: skip
    return b


@variant("kbq15-venue-centre-department", (4, 12), "department, NAT-2021: 基本支出 + 项目支出 "
         "≠ 资金总额, an opening-day count the goal gives otherwise, last year's event left in the "
         "goal; a 说明 row and signature")  # fmt: skip
def venue_centre_department() -> Book:
    b, s = new()
    b101 = "基本支出720 + 项目支出560 = 1280，资金总额1250（财政拨款1100 + 其他资金150 = 1250）"
    y103 = "2026年度的目标写“确保2025年全民健身运动会顺利举办”，上年目标的残留"
    goal = ("全年免费开放天数不少于330天，年接待健身群众60万人次，完成场馆设施维修，"
            "确保2025年全民健身运动会顺利举办。")  # fmt: skip
    department_head(s, year=YEAR, dept="松涧市体育场馆管理中心",
                    budget=[(mk(wan(1250), "B101", "error", note=b101), wan(1100), wan(150),
                             wan(720), wan(560))],
                    tasks=[("场馆开放", "公共体育场馆免费低收费开放", wan(280), "开放≥330天"),
                           ("设施维修", "场馆设施设备维修改造", wan(180), "完好率≥95%"),
                           ("全民健身活动", "全民健身日等主题活动", wan(100), "举办≥12场"),
                           ("金额合计", None, wan(560), None)],
                    goal=mk(goal, "Y103", "warning", note=y103))  # fmt: skip
    d104 = "年度总体目标写免费开放不少于330天，指标却是≥300天"
    indicators(s, [
        ("产出指标", "数量指标", "全年免费开放天数",
         mk("≥300天", "D104", "warning", row=True, note=d104)),
        (None, None, "年接待健身群众人次", "≥60万人次"),
        (None, None, "全民健身主题活动场次", "≥12场"),
        (None, "质量指标", "场馆设施完好率", "≥95%"),
        (None, "时效指标", "设施维修完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每场主题活动平均成本", "≤8万元/场"),
        ("效益指标", "社会效益指标", "场馆利用率提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：接待人次以场馆闸机和预约平台数据为准。")
    sign(s, "黎映禾", "0739-6126304", day(2025, 11, 21))
    return b


@variant("kbq16-school-grounds-second-sheet", (7, 10), "project, OLD-NAT: head on the first "
         "sheet, indicators on a second sheet under a two-row header with 预期实现值, tier points "
         "and indicator points both adding to 100, a rate raised in 百分点, a later year in the "
         "goal (correct)")  # fmt: skip
def school_grounds_second_sheet() -> Book:
    b, s = new("项目基本信息")
    project_head(
        s,
        year=YEAR,
        name="松涧市学校体育场地课余时间向社会开放",
        dept=DEPT,
        unit="松涧市体育场馆管理中心",
        money=one_year(wan(96), wan(80), wan(16)),
        goals=[
            "2026年推动全市40所中小学体育场地在课余时间和节假日向社会开放，每校每周"
            "开放不少于12小时，为2027年全面推开积累管理经验。"
        ],
    )
    t = b.sheet("绩效指标", (14, 10, 18, 28, 18, 10))
    t.title("2026年度项目绩效指标", 6)
    t.row("绩效指标", None, None, None, "预期实现值", "分值", merge=[(1, 4)])
    t.row("一级指标", "一级分值", "二级指标", "三级指标", None, None)
    t.ws.merge_cells(start_row=t.r - 1, start_column=5, end_row=t.r, end_column=5)
    t.ws.merge_cells(start_row=t.r - 1, start_column=6, end_row=t.r, end_column=6)
    t.table([
        ("产出指标", 50, "数量指标", "开放学校数量", "≥40所", 15),
        (None, None, None, "每校每周开放时长", "≥12小时", 10),
        (None, None, "质量指标", "开放场地安全检查合格率", "100%", 10),
        (None, None, "时效指标", "开放时段公示时间", "2026年3月1日前", 5),
        (None, None, "成本指标", "每校年度开放补助", "≤2.4万元/所", 10),
        ("效益指标", 30, "社会效益指标", "学校场地利用率提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "学校场地开放管理办法", "建立并执行", 15),
        ("满意度指标", 20, "服务对象满意度指标", "场地使用者满意度", "≥90%", 20),
    ], (1, 2, 3))  # fmt: skip
    notes(t, "注：一级分值与指标分值各自合计100分，按指标分值计分，两者不相加。")
    return b


@variant("kbq17-pool-and-hall-stacked", (2, 4, 12), "two projects stacked, OLD-NAT, a header "
         "repeated after a page break in the first, the same indicator names with different "
         "values in both, costs within each project's money (correct)")  # fmt: skip
def pool_and_hall_stacked() -> Book:
    b, s = new()
    project_head(
        s,
        year=YEAR,
        name="松涧市体育中心游泳馆低收费开放",
        dept=DEPT,
        unit="松涧市体育场馆管理中心",
        money=one_year(wan(110), wan(90), wan(20)),
        goals=["游泳馆暑期对中小学生低收费开放（每场次不高于10元），全年接待20万人次。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "年接待人次", "≥20万人次"),
        (None, None, "低收费开放天数", "≥300天"),
        (None, "质量指标", "水质检测合格率", "100%"),
    ])  # fmt: skip
    s.skip()
    indicators(s, [
        ("产出指标", "时效指标", "暑期低收费开放起始时间", "2026年7月1日前"),
        (None, "成本指标", "每人次运营补贴", "≤5元/人次"),
        ("效益指标", "社会效益指标", "青少年游泳技能普及率提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="松涧市柘岭区全民健身中心免费开放",
        dept=DEPT,
        unit="柘岭区全民健身中心",
        money=one_year(wan(70), wan(60), wan(10)),
        goals=["全民健身中心羽毛球、篮球场地全年免费开放，年接待健身群众12万人次。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "年接待人次", "≥12万人次"),
        (None, None, "免费开放天数", "≥330天"),
        (None, "质量指标", "场地设施完好率", "≥95%"),
        (None, "时效指标", "开放时间公示时间", "2026年1月31日前"),
        (None, "成本指标", "每人次运营补贴", "≤5.5元/人次"),
        ("效益指标", "社会效益指标", "场馆利用率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "黎映禾", "0739-6126304", day(2025, 11, 27))
    return b


@variant(
    "kbq18-night-opening-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a value "
    "without a name, the same indicator with a word more under 时效 as under 数量",
)
def night_opening_template() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="松涧市体育场馆夜间低收费开放", dept=DEPT,
                 unit="松涧市体育场馆管理中心", money=one_year(wan(60), wan(50), wan(10)),
                 goals=["2026年推动5座体育场馆夜间（18:00—22:00）低收费开放，全年夜间开放"
                        "不少于250天。"])  # fmt: skip
    f110 = "这一行填了指标值≥4小时，三级指标名称却空着"
    d103 = "与数量指标“夜间开放天数 ≥250天”是同一指标，多一个词，又放在时效指标下"
    indicators(s, [
        ("产出指标", "数量指标", "夜间开放场馆数量", "≥5座"),
        (None, None, "夜间开放天数", "≥250天"),
        (None, None, mk(None, "F110", "error", note=f110), "≥4小时"),
        (None, "质量指标", "夜间照明设施达标率", pct(1)),
        (None, "时效指标", mk("全年夜间开放天数", "D103", "warning", row=True,
                              alt=("D101", "F201"), note=d103), "≥250天"),
        ("成本指标", "经济成本指标", "每座场馆夜间开放补助", "≤12万元/座"),
        ("效益指标", "社会效益指标", "夜间健身群众人次", "≥15万人次"),
        ("满意度指标", "服务对象满意度指标", "夜间健身群众满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b
