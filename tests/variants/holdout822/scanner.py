"""CT scanner purchase and the staff training around it: one-year project returns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout822.common import (
    BUREAU,
    HOSPITAL,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout822.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OP_HEADER = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "kez01-ct-purchase",
    (1, 12),
    "project, NAT-2021, operator and unit columns, typed "
    "percent cells, money in the number format, a footnote explaining the total (correct)",
)
def kez01() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="64排螺旋CT购置及机房改造项目",
        dept=BUREAU,
        unit=HOSPITAL,
        attr="一次性项目",
        money=one_year(w(860), w(700), w(160)),
        goals=[
            "2026年购置64排螺旋CT 1台并完成机房辐射防护改造1间，9月底前投入使用，"
            "全年开展CT检查不少于12000人次。"
        ],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "64排螺旋CT购置数量", "=", 1, "台"),
            (None, None, "CT机房辐射防护改造", "=", 1, "间"),
            (None, "质量指标", "设备安装验收合格率", "=", pct(1), "%"),
            (None, None, "辐射防护检测达标率", "≥", pct(0.98), "%"),
            (None, "时效指标", "设备安装调试完成时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
            ("成本指标", "经济成本指标", "CT设备采购单价", "≤", 780, "万元/台"),
            (None, None, "机房改造费用", "≤", 80, "万元"),
            ("效益指标", "社会效益指标", "CT检查预约等候时间下降率", "≥", pct(0.3), "%"),
            (None, None, "年CT检查人次", "≥", 12000, "人次"),
            (None, "可持续影响指标", "设备设计使用年限", "≥", 8, "年"),
            ("满意度指标", "服务对象满意度指标", "就诊患者满意度", "≥", pct(0.9), "%"),
        ],
        header=OP_HEADER,
    )
    notes(s, "注：资金总额860万元＝设备购置780万元＋机房改造80万元；等候时间下降率以2025年为基数。")
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 18))
    return b


@variant(
    "kez02-ct-goal-conflict",
    (12,),
    "project, OLD-NAT, one value column: the goal's trainee "
    "count differs from the indicator, the unit price exceeds the money, last year's deadline",
)
def kez02() -> Book:
    b, s = book()
    goal = "以旧换新购置16排CT 1台，年内培训放射科技师12人，10月底前投入使用。"
    project_head(
        s,
        year=YEAR,
        name="乡镇分院CT以旧换新项目",
        dept=BUREAU,
        unit="柘岭县人民医院北关分院",
        attr="一次性项目",
        money=one_year(w(760), w(640), w(120)),
        goals=[ok(goal, "warning", note="the other side of the D104 below")],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "CT设备购置数量", "=1台"),
            (
                None,
                None,
                "放射科技师培训人数",
                mk("≥8人", "D104", "warning", row=True, note="年度目标写培训技师12人，指标只有8人"),
            ),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (
                None,
                "时效指标",
                "设备投入使用时间",
                mk(
                    "2025年10月31日前", "Y102", "error", note="2026年度的一年期项目，期限却在2025年"
                ),
            ),
            (
                None,
                "成本指标",
                "CT设备采购单价",
                mk(
                    "≤820万元/台",
                    "B107",
                    "warning",
                    row=True,
                    note="820万元 × 1台 超过项目资金760万元",
                ),
            ),
            ("效益指标", "社会效益指标", "本院完成CT检查患者占比", "≥85%"),
            (None, "可持续影响指标", "设备维保机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
        ],
    )
    sign(s, "贺良斌", "0739-6628530", (YEAR - 1, 11, 20))
    return b


@variant(
    "kez03-training-operator-words",
    (7, 11),
    "project, OLD-NAT, headers 考核指标 and 绩效标准, operator in words in a 指标性质 column, "
    "unit column, 0起 on an incident count (correct)",
)
def kez03() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="CT影像诊断人员规范化培训项目",
        dept=BUREAU,
        unit=HOSPITAL,
        money=one_year(w(48), w(40), w(8)),
        goals=["选派影像医师4人到上级医院进修，组织放射科技师岗位培训10人，11月底前全部完成。"],
    )
    header = ("一级指标", "二级指标", "考核指标", "指标性质", "绩效标准", "计量单位")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "选派进修医师人数", "大于等于", 4, "人"),
            (None, None, "放射科技师岗位培训人数", "大于等于", 10, "人"),
            (None, "质量指标", "培训考核合格率", "大于等于", 95, "%"),
            (None, None, "CT操作辐射安全事故", "等于", 0, "起"),
            (None, "时效指标", "进修完成时间", "小于等于", day(YEAR, 11, 30, CN_DATE), None),
            (None, "成本指标", "人均进修补助标准", "小于等于", 6, "万元/人"),
            (None, None, "技师岗位培训人均费用", "小于等于", 2, "万元/人"),
            ("效益指标", "社会效益指标", "CT影像报告书写规范率", "大于等于", 90, "%"),
            (None, "可持续影响指标", "院内影像带教制度", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "大于等于", 90, "%"),
        ],
        header=header,
    )
    notes(
        s,
        "说明：进修补助4人×6万元＝24万元，岗位培训10人×2万元＝20万元，合计44万元，余4万元为教材及考核费。",
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 18))
    return b


@variant(
    "kez04-storage-tier-misplaced",
    (5,),
    "project, NAT-2021, numbered tier labels (一、产出指标, （一）数量指标): a title year left "
    "from last season, a quality rate under 时效",
)
def kez04() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="CT机房配套及影像存储扩容项目",
        dept=BUREAU,
        unit=HOSPITAL,
        title="2025年度项目支出绩效目标申报表",
        money=one_year(w(120), w(120), w(0)),
        goals=["2026年6月底前完成影像存储扩容200TB，新增诊断工作站6台，保障新CT影像全量归档。"],
    )
    b.file_mark("Y101", "error", alt=("Y102",), note="标题写2025年度，计划日期和年度目标都是2026年")
    indicators(
        s,
        [
            ("一、产出指标", "（一）数量指标", "影像存储扩容容量", "≥200TB"),
            (None, None, "新增影像诊断工作站", "=6台"),
            (None, "（二）质量指标", "系统验收合格率", "=100%"),
            (None, "（三）时效指标", "扩容完成时间", "6月30日前"),
            (
                None,
                None,
                mk(
                    "CT影像甲级片率",
                    "F201",
                    "warning",
                    row=True,
                    note="甲级片率是质量指标，填在时效指标下",
                ),
                "≥90%",
            ),
            ("二、成本指标", "（一）经济成本指标", "影像存储扩容费用", "≤90万元"),
            (None, None, "诊断工作站单价", "≤5万元/台"),
            ("三、效益指标", "（一）社会效益指标", "影像调阅平均响应时间", "≤3秒"),
            (None, "（二）可持续影响指标", "影像数据保存年限", "≥15年"),
            ("四、满意度指标", "（一）服务对象满意度指标", "临床科室满意度", "≥90%"),
        ],
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 18))
    return b


@variant(
    "kez05-points-second-sheet",
    (7, 10),
    "project: head on the first sheet, the table on a second sheet under 预期实现值, tier-1 "
    "points in the labels and indicator points, a rate raised in 百分点 (correct)",
)
def kez05() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="CT设备运行保障及质量控制项目",
        dept=BUREAU,
        unit=HOSPITAL,
        attr="常年项目",
        money=one_year(w(95), w(80), w(15)),
        goals=["保障新CT全年安全运行，完成质控抽检病例600例，急诊CT报告30分钟内出具。"],
    )
    t = b.sheet("绩效指标", (18, 16, 30, 10, 18))
    t.title("CT设备运行保障及质量控制项目绩效指标", 5)
    header = ("一级指标", "二级指标", "三级指标", "分值", "预期实现值")
    indicators(
        t,
        [
            ("产出指标（50分）", "数量指标", "CT年检查人次", 15, "≥12000人次"),
            (None, None, "质控抽检病例数", 10, "≥600例"),
            (None, "质量指标", "影像报告复核符合率", 10, pct(0.95)),
            (None, "时效指标", "急诊CT报告出具时间", 15, "≤30分钟"),
            ("成本指标（10分）", "经济成本指标", "年度设备维保费用", 5, "≤80万元"),
            (None, None, "质控耗材费用", 5, "≤15万元"),
            ("效益指标（30分）", "社会效益指标", "CT检查阳性率较上年提高", 15, "≥3百分点"),
            (None, "可持续影响指标", "CT设备完好率", 15, "≥95%"),
            ("满意度指标（10分）", "服务对象满意度指标", "患者满意度", 10, "≥90%"),
        ],
        header=header,
    )
    t.row("合计", None, None, 100, None, merge=[(1, 3)])
    return b


@variant(
    "kez06-training-leftovers",
    (6,),
    "project, OLD-NAT, one value column: last season's year in the goal, the same indicator "
    "twice with the words reordered, a template placeholder left in a value",
)
def kez06() -> Book:
    b, s = book()
    goal = mk(
        "2024年选派乡镇卫生院影像医师30人到县人民医院进修3个月，考核合格后返岗开展CT阅片。",
        "Y103",
        "warning",
        note="2026年度的一年期项目，目标写的是2024年",
    )
    project_head(
        s,
        year=YEAR,
        name="乡镇卫生院影像医师进修培训项目",
        dept=BUREAU,
        unit=HOSPITAL,
        money=one_year(w(36), w(30), w(6)),
        goals=[goal],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "培训乡镇影像医师人数", "≥30人"),
            (
                None,
                None,
                mk(
                    "乡镇影像医师培训人数",
                    "D103",
                    "warning",
                    row=True,
                    alt=("D101", "D102"),
                    note="与上一行是同一指标，只是词序不同",
                ),
                "≥30人",
            ),
            (None, "质量指标", "培训考核合格率", "≥95%"),
            (None, "时效指标", "培训完成时间", "11月30日前"),
            (None, "成本指标", "人均培训费", "≤1.2万元/人"),
            (
                "效益指标",
                "社会效益指标",
                "乡镇卫生院年出具影像报告数",
                mk("≥**份", "X101", "error", note="模板占位符没有填成数值"),
            ),
            (None, "可持续影响指标", "返岗人员服务年限", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
        ],
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 18))
    return b
