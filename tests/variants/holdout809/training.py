"""First-aid training: public courses, AED points, school training, stacked community projects."""

from __future__ import annotations

from tests.variants.holdout809.common import (
    CITY,
    TIER4,
    annual,
    indicators,
    notes,
    period,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout809.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

U_RED = f"{CITY}红十字会"
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "kem13-public-courses",
    (4,),
    "project, OLD-NAT, a goal's part in brackets beside the "
    "indicator's total, 注 rows inside and under the table, signature and date (correct)",
)
def public_courses() -> Book:
    b, s = start()
    goal = (
        "开展群众性应急救护培训120期，培训6000人次（其中中小学教师1500人次），"
        "普及心肺复苏和AED使用。"
    )
    project(
        s,
        2026,
        "群众性应急救护培训项目",
        U_RED,
        annual(wan(35), wan(30), wan(5)),
        [goal],
        dept=f"{CITY}红十字会（418105）",
    )
    indicators(
        s,
        TIER4,
        [
            ("产出指标", "数量指标", "举办应急救护培训期数", "≥120期"),
            (None, None, "培训群众人次", "≥6000人次"),
            (None, None, "其中：中小学教师培训人次", "≥1500人次"),
            (None, "质量指标", "学员考核合格率", pct(0.9)),
            (None, "时效指标", "培训计划完成时间", "2026年11月30日前"),
            (None, "成本指标", "人均培训成本", "≤50元/人次"),
        ],
    )
    notes(s, "注：以下效益、满意度指标以培训登记系统和回访数据为准。")
    s.table(
        [
            ("效益指标", "社会效益指标", "公众心肺复苏技能知晓率", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥92%"),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        "注：人均培训成本50元×6000人次=30万元，其余5万元用于教具购置。",
        "填表说明：教师培训人次包含在培训群众人次内，不另计。",
    )
    sign(s, "柯慕青", "0736-5830712", day(2025, 12, 3, CN_DATE))
    return b


@variant(
    "kem14-rescuer-duplicates",
    (7, 12),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: "
    "one indicator under two tier-2s, the goal's 800 rescuers against 600, a cost above the "
    "money",
)
def rescuer_duplicates() -> Book:
    b, s = start()
    goal = "培训持证救护员800人，覆盖全县公交、出租车驾驶员和景区工作人员。"
    project(
        s,
        2026,
        "持证救护员培训项目",
        f"{CITY}枫岙县红十字会",
        annual(wan(15), wan(15), wan(0)),
        [ok(goal, "warning")],
        dept=f"{CITY}枫岙县红十字会（428105）",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            (
                "产出指标",
                "数量指标",
                "持证救护员培训人数",
                mk("≥600人", "D104", "warning", row=True, note="年度绩效目标写培训持证救护员800人"),
            ),
            (None, None, "AED操作培训覆盖率", "≥80%"),
            (None, "质量指标", "救护员取证合格率", "≥90%"),
            (
                None,
                None,
                mk(
                    "AED操作培训覆盖率",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103",),
                    note="与数量指标下的同名指标重复",
                ),
                "≥80%",
            ),
            (None, "时效指标", "培训完成时间", "2026年10月31日前"),
            (
                None,
                "成本指标",
                "人均培训成本",
                mk("≤300元/人", "B107", "warning", row=True, note="300元×600人=18万元，超过15万元"),
            ),
            ("效益指标", "社会效益指标", "公共场所突发事件现场施救率", "≥30%"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kem15-aed-points",
    (10,),
    "project, NAT-2021, tier-1 score and indicator score "
    "columns both adding to 100, a rate raised in 百分点, typed percents (correct)",
)
def aed_points() -> Book:
    b, s = start("绩效目标")
    goal = "在地铁站、学校和体育场馆新增配置AED 200台，培训AED现场使用人员2000人。"
    project(
        s,
        2026,
        "公共场所AED配置及培训项目",
        f"{CITY}急救中心",
        annual(wan(380), wan(380), wan(0)),
        [goal],
    )
    indicators(
        s,
        SCORED,
        [
            ("产出指标", 50, "数量指标", "新增配置AED台数", "≥200台", 15),
            (None, None, None, "培训AED现场使用人员", "≥2000人", 15),
            (None, None, "质量指标", "AED设备自检合格率", pct(0.98), 10),
            (None, None, "时效指标", "AED安装完成时间", "2026年9月30日前", 10),
            ("成本指标", 10, "经济成本指标", "单台AED采购安装成本", "≤1.8万元/台", 10),
            ("效益指标", 30, "社会效益指标", "院外心脏骤停AED使用率比上年提高", "≥3百分点", 15),
            (None, None, "可持续影响指标", "AED设备维保年限", "≥5年", 15),
            ("满意度指标", 10, "服务对象满意度指标", "公众满意度", pct(0.9), 10),
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, 100)
    notes(s, "说明：一级指标分值与三级指标分值为同一总分的两种列示，合计均为100分。")
    return b


@variant(
    "kem16-school-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column against the "
    "indicator scores, a deadline left over from the previous year",
)
def school_points_wrong() -> Book:
    b, s = start("绩效目标")
    goal = "2027年为全市中小学培训急救教师600人，实现每校至少2名持证急救教师。"
    project(
        s,
        2027,
        "校园急救教师培训项目",
        U_RED,
        annual(wan(42), wan(42), wan(0)),
        [goal],
        dept=f"{CITY}教育局（418031）",
    )
    indicators(
        s,
        SCORED,
        [
            (
                "产出指标",
                mk(50, "W103", "error", note="其下指标分值15+10+10+10=45≠50"),
                "数量指标",
                "培训急救教师人数",
                "≥600人",
                15,
            ),
            (None, None, None, "覆盖中小学校数", "≥300所", 10),
            (None, None, "质量指标", "教师取证合格率", "≥90%", 10),
            (
                None,
                None,
                "时效指标",
                "培训完成时间",
                mk(
                    "2026年12月31日前",
                    "Y102",
                    "error",
                    alt=("Y103",),
                    note="2027年度项目，期限却在2026年",
                ),
                10,
            ),
            ("成本指标", 10, "经济成本指标", "人均培训成本", "≤700元/人", 10),
            ("效益指标", 30, "社会效益指标", "校园突发事件现场施救率", "≥50%", 30),
            ("满意度指标", 10, "服务对象满意度指标", "参训教师满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    b.file_mark("W101", "error", required=False, note="同一缺口使三级指标分值合计为95")
    return b


@variant(
    "kem17-campus-copied",
    (8,),
    "three-year project 2026–2028, 中期 and 年度 columns: "
    "cumulative counts copied from 中期 into 年度, an annual count above the period's",
)
def campus_copied() -> Book:
    b, s = start()
    mid = "2026—2028年为全县30所学校培训学生急救志愿者1500人、教职工900人，校园AED全覆盖。"
    year = "2026年完成10所学校的急救培训，培训学生急救志愿者500人、教职工300人。"
    copied = "三年累计数照抄到年度"
    d202 = {"alt": ("D104",), "note": copied}
    project(
        s,
        2026,
        "校园急救普及三年行动项目",
        f"{CITY}枫岙县红十字会",
        period((wan(150), wan(150), wan(0)), (wan(50), wan(50), wan(0))),
        [mid, ok(year, "warning")],
        years=3,
        attr="新增项目",
        dept=f"{CITY}枫岙县教育局（428031）",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            (
                "产出指标",
                "数量指标",
                "培训学生急救志愿者",
                "≥1500人",
                mk("≥1500人", "D202", "warning", **d202),
            ),
            (
                None,
                None,
                "培训教职工",
                "≥900人",
                mk("≥900人", "D202", "warning", **d202),
            ),
            (
                None,
                None,
                "开展培训学校数",
                "≥30所",
                mk(
                    "≥40所",
                    "D201",
                    "error",
                    note="年度40所超过三年的30所；年度目标写10所",
                    alt=("D104",),
                ),
            ),
            (None, "质量指标", "学员考核合格率", "≥90%", "≥90%"),
            (None, "时效指标", "年度培训完成时间", "2028年11月30日前", "2026年11月30日前"),
            (None, "成本指标", "人均培训成本", "≤60元/人", ok("≤60元/人", "warning")),
            ("效益指标", "社会效益指标", "学生急救知识知晓率", "≥85%", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "kem18-community-stacked",
    (2,),
    "two community first-aid projects stacked in one "
    "sheet, OLD-NAT, the same indicator names with different values in each (correct)",
)
def community_stacked() -> Book:
    b, s = start()
    s.title(f"2026年度{CITY}红十字会项目支出绩效目标申报表", 6)
    dept = f"{CITY}红十字会（418105）"
    project(
        s,
        2026,
        "社区急救站点建设项目",
        U_RED,
        annual(wan(48), wan(40), wan(8)),
        ["在20个社区建设红十字急救站点，每个站点配备急救箱和AED各1套，培训社区救护员400人。"],
        dept=dept,
        title="",
    )
    indicators(
        s,
        TIER4,
        [
            ("产出指标", "数量指标", "建设社区急救站点", "≥20个"),
            (None, None, "培训救护员", "≥400人"),
            (None, "质量指标", "站点设备配置达标率", "=100%"),
            (None, "成本指标", "单个站点建设成本", "≤2.4万元/个"),
            ("效益指标", "社会效益指标", "社区居民急救知识知晓率", "≥70%"),
            ("满意度指标", "服务对象满意度指标", "培训对象满意度", "≥90%"),
        ],
    )
    s.skip()
    project(
        s,
        2026,
        "养老机构急救培训项目",
        U_RED,
        annual(wan(18), wan(18), wan(0)),
        ["为全市60家养老机构培训护理员急救技能，培训护理员600人。"],
        dept=dept,
        title="",
    )
    indicators(
        s,
        TIER4,
        [
            ("产出指标", "数量指标", "培训覆盖养老机构", "≥60家"),
            (None, None, "培训救护员", "≥600人"),
            (None, "质量指标", "学员考核合格率", "≥90%"),
            (None, "成本指标", "人均培训成本", "≤300元/人"),
            ("效益指标", "社会效益指标", "养老机构急救处置能力提升率", "≥20%"),
            ("满意度指标", "服务对象满意度指标", "培训对象满意度", "≥88%"),
        ],
    )
    notes(s, "填表说明：两个项目分别填报，指标名称相同的按各自项目核定。")
    sign(s, "彭砚秋", "0736-5830719", day(2025, 11, 12, CN_DATE))
    return b
