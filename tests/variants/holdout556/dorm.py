"""Boarding-school night care returns: ct07-ct12."""

from __future__ import annotations

from tests.variants.holdout556.common import (
    LABEL,
    YEAR,
    indicators,
    note,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout556.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

DORM = "岑埠县鹭岙中心学校"


@variant(
    "ct07-dorm-tier-labels",
    (5, 1),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）数量指标), "
    "★ and * marks, typed percents, 0起 on an incident count (correct)",
)
def dorm_tier_labels() -> Book:
    b, s = start()
    project(
        s,
        "寄宿制学校夜间值守补助项目",
        DORM,
        one_year(30, 30, 0),
        ["配齐宿管员和生活老师24人，夜间每晚查寝不少于3次。"],
    )
    indicators(
        s,
        LABEL,
        [
            (
                "一、成本指标（20分）",
                "（一）经济成本指标",
                "生活老师人均夜间值守补助",
                "≤1.2万元/人",
            ),
            ("二、产出指标（40分）", "（一）数量指标", "夜间值守宿管员及生活老师人数", "≥24人"),
            (None, None, "每晚查寝次数", "≥3次"),
            (None, "★（二）质量指标", "宿舍消防设施完好率", pct(0.98)),
            (None, "（三）时效指标", "夜间突发情况到场时间", "≤10分钟"),
            ("三、效益指标（30分）", "*（一）社会效益指标", "寄宿生夜间安全责任事故", "0起"),
            (None, "（二）可持续影响指标", "夜间值守交接班制度", "建立并执行"),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "寄宿生家长满意度", pct(0.92)),
        ],
    )
    return b


@variant(
    "ct08-dorm-wrong-parent",
    (5, 13),
    "project, NAT-2021, numbered tier labels: 时效指标 placed under 效益指标, and an indicator "
    "value whose name was left empty",
)
def dorm_wrong_parent() -> Book:
    b, s = start()
    project(
        s,
        "寄宿生夜间就医绿色通道项目",
        DORM,
        one_year(18, 15, 3),
        ["与鹭岙镇卫生院签约，寄宿生夜间突发疾病30分钟内送医。"],
    )
    indicators(
        s,
        LABEL,
        [
            ("1.成本指标", "1.1经济成本指标", "夜间应急车辆租用费", "≤6万元"),
            ("2.产出指标", "2.1数量指标", "签约夜间出诊医生人数", "≥4人"),
            (None, None, mk(None, "F110", "error", note="有指标值却没有名称"), "≥2次"),
            (None, "2.2质量指标", "夜间值班医生到岗率", "≥95%"),
            (
                "3.效益指标",
                mk("3.1时效指标", "F105", "error", note="时效指标属产出指标"),
                "突发疾病送医时间",
                "≤30分钟",
            ),
            (None, "3.2社会效益指标", "寄宿生夜间就医延误", "=0起"),
            ("4.满意度指标", "4.1服务对象满意度指标", "寄宿生家长满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "ct09-dorm-template-rows",
    (6, 7),
    "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
    "indicators, a coverage rate given as a count",
)
def dorm_template_rows() -> Book:
    b, s = start()
    project(
        s,
        "寄宿生宿舍夜间巡查项目",
        DORM,
        one_year(12, 12, 0),
        ["宿舍楼每晚巡查，夜间安全隐患及时整改。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("成本指标", "经济成本指标", "巡查人员夜班补助", "≤80元/人·晚"),
            ("产出指标", "数量指标", "巡查宿舍楼栋数", "≥6栋"),
            (
                None,
                "质量指标",
                "宿舍夜间巡查覆盖率",
                mk("≥6次", "T105", "error", note="覆盖率写成次数"),
            ),
            (None, "时效指标", "隐患整改完成时间", "≤3个工作日"),
            ("效益指标", "社会效益指标", "夜间安全隐患整改率", "=100%"),
            (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
            (
                None,
                mk("可持续影响指标", "F109", "warning", row=True, note="模板行未填"),
                None,
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "寄宿生满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "ct10-dorm-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator table on a second sheet under headers "
    "考核指标, 目标值（年度） and a 评价标准 column (correct)",
)
def dorm_second_sheet() -> Book:
    b, s = start("项目信息")
    project(
        s,
        "寄宿生夜间心理陪护项目",
        DORM,
        one_year(16, 16, 0),
        ["为寄宿生提供夜间心理陪护和睡前谈心服务。"],
    )
    t = b.sheet("绩效指标", (14, 18, 28, 16, 30))
    t.title(f"{YEAR}年寄宿生夜间心理陪护项目绩效指标", 5)
    indicators(
        t,
        ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"),
        [
            ("产出指标", "数量指标", "开展睡前谈心活动场次", "≥160场", "每少10场扣1分"),
            (None, "质量指标", "陪护教师持证率", "≥80%", "每低1个百分点扣0.5分"),
            (None, "时效指标", "心理危机夜间处置时间", "≤30分钟", "超时一次扣2分"),
            (None, "成本指标", "每场活动平均费用", "≤0.08万元/场", "超标不得分"),
            ("效益指标", "社会效益指标", "寄宿生心理问题早期识别率", "≥85%", "按抽查计"),
            ("满意度指标", "服务对象满意度指标", "寄宿生满意度", "≥90%", "问卷调查"),
        ],
    )
    return b


@variant(
    "ct11-dorm-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
    "two cumulative counts copied into the annual column",
)
def dorm_multi_year() -> Book:
    b, s = start()
    goal = "三年改造寄宿生宿舍120间，配齐夜间应急照明，实现夜间安全零事故。"
    funds = [
        ("中期资金总额", money(900, WAN), "年度资金总额", money(300, WAN)),
        ("其中：财政拨款", money(800, WAN), "其中：财政拨款", money(260, WAN)),
        ("其他资金", money(100, WAN), "其他资金", money(40, WAN)),
    ]
    project(
        s,
        "寄宿制学校宿舍夜间安全改造项目",
        DORM,
        funds,
        [goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
        years=3,
        attr="新增项目",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            (
                "成本指标",
                "经济成本指标",
                "宿舍改造每平方米造价",
                "≤2500元/平方米",
                "≤2500元/平方米",
            ),
            (
                "产出指标",
                "数量指标",
                "改造寄宿生宿舍间数",
                "≥120间",
                mk("≥120间", "D202", "warning", note="三年累计数照抄到年度"),
            ),
            (
                None,
                None,
                "安装夜间应急照明灯具",
                "≥960套",
                mk("≥960套", "D202", "warning", note="三年累计数照抄到年度"),
            ),
            (None, None, "改造宿舍楼栋数", "≥9栋", "≥3栋"),
            (None, "质量指标", "改造工程验收合格率", "=100%", "=100%"),
            ("效益指标", "社会效益指标", "寄宿生夜间安全事故", "=0起", "=0起"),
            ("满意度指标", "服务对象满意度指标", "寄宿生及家长满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "ct12-dorm-notes",
    (4,),
    "project, OLD-NAT, weight column: a note row between tiers, subtotal rows, a header row "
    "repeated after a page break, 填表说明, signature and a prior-year date (correct)",
)
def dorm_notes() -> Book:
    b, s = start()
    project(
        s,
        "寄宿生夜间生活照料补助项目",
        DORM,
        one_year(54, 50, 4),
        ["为寄宿生提供夜间生活照料，保障夜间饮水、洗浴和就寝秩序。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "享受夜间照料寄宿生人数", "≥720人", 20),
            (None, "质量指标", "宿舍热水供应正常率", "≥95%", 15),
            (None, "成本指标", "生均夜间照料补助", "≤750元/人", 15),
            ("小计", None, None, None, 50),
        ],
    )
    note(s, "注：以下效益、满意度指标按学期末抽查结果考核。")
    s.skip()
    indicators(
        s,
        head,
        [
            ("效益指标", "社会效益指标", "寄宿生夜间就寝秩序", "良好", 15),
            (None, "可持续影响指标", "夜间生活照料制度", "长期执行", 15),
            ("小计", None, None, None, 30),
            ("满意度指标", "服务对象满意度指标", "寄宿生满意度", "≥90%", 20),
            ("合计", None, None, None, 100),
        ],
    )
    note(s, "填表说明：1.指标值应量化；2.权重合计为100；3.小计行不作为指标。")
    sign(s, "龚沐阳", "0571-6638 7302", day(YEAR - 1, 11, 28, CN_DATE))
    return b
