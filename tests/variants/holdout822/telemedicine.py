"""Telemedicine links from the county hospital to the township clinics: multi-year projects
with 中期 and 年度 columns, and stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout822.common import (
    BUREAU,
    HOSPITAL,
    PERIOD_HEADER,
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout822.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok


@variant(
    "kez07-telemed-three-year",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller annual "
    "counts, a goal count with its parts in brackets, a later year the work prepares for (correct)",
)
def kez07() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="县乡远程医疗协同网络建设项目",
        dept=BUREAU,
        unit=HOSPITAL,
        attr="新增项目",
        money=multi_year((w(540), w(450), w(90)), (w(180), w(150), w(30))),
        goals=[
            "2026年—2028年建成县人民医院远程医疗中心，联通全县18家乡镇卫生院，开展远程会诊、"
            "远程影像和远程心电诊断，为2029年向村卫生室延伸积累经验。",
            "2026年建成远程医疗中心，联通6家乡镇卫生院（东片4家、西片2家），年内开展远程会诊"
            "不少于800例。",
        ],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "联通乡镇卫生院数", "≥18家", "≥6家"),
            (None, None, "远程会诊例数", "≥3000例", "≥800例"),
            (None, "质量指标", "远程影像诊断符合率", "≥90%", "≥90%"),
            (None, "时效指标", "远程会诊响应时间", "≤30分钟", "≤30分钟"),
            ("成本指标", "经济成本指标", "乡镇远程终端单价", "≤15万元/套", "≤15万元/套"),
            ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", "≥88%"),
            (None, "可持续影响指标", "远程医疗运行管理制度", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "乡镇卫生院医务人员满意度", "≥90%", "≥90%"),
        ],
        header=PERIOD_HEADER,
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 18))
    return b


@variant(
    "kez08-ecg-copied-columns",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, a "
    "cumulative count copied, a year's count above the period's",
)
def kez08() -> Book:
    b, s = book()
    text = "建设县乡远程心电诊断网络，联通全县乡镇卫生院，开展远程心电诊断。"
    project_head(
        s,
        year=YEAR,
        years=3,
        name="远程心电诊断网络建设项目",
        dept=BUREAU,
        unit=HOSPITAL,
        attr="新增项目",
        money=multi_year((w(600), w(500), w(100)), (w(200), w(170), w(30))),
        goals=[text, mk(text, "D204", "warning", note="三年期项目，年度目标照抄中期目标")],
    )
    indicators(
        s,
        [
            (
                "产出指标",
                "数量指标",
                "联通乡镇卫生院数",
                "≥18家",
                mk("≥18家", "D202", "warning", note="累计数照抄中期值，三年的总数不会在一年内完成"),
            ),
            (
                None,
                None,
                "远程心电诊断例数",
                "≥6000例",
                mk("≥8000例", "D201", "error", note="一年的例数大于三年的例数"),
            ),
            (None, "质量指标", "心电诊断报告准确率", "≥95%", "≥95%"),
            (None, "时效指标", "诊断报告回传时间", "≤30分钟", "≤30分钟"),
            ("成本指标", "经济成本指标", "心电采集终端单价", "≤4万元/台", "≤4万元/台"),
            ("效益指标", "社会效益指标", "心血管急症县域内救治率", "≥85%", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "≥90%"),
        ],
        header=PERIOD_HEADER,
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 18))
    return b


@variant(
    "kez09-two-projects-stacked",
    (2,),
    "two one-year projects stacked in one sheet, OLD-NAT, one value column, 患者满意度 in both "
    "with different values, a unit price equal to the money (correct)",
)
def kez09() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="64排CT购置项目",
        dept=BUREAU,
        unit=HOSPITAL,
        attr="一次性项目",
        money=one_year(w(680), w(600), w(80)),
        goals=["购置64排CT 1台，9月底前投入使用。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "CT设备购置数量", "=1台"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, "时效指标", "设备投入使用时间", "9月30日前"),
            (None, "成本指标", "CT设备采购单价", "≤680万元/台"),
            ("效益指标", "社会效益指标", "年CT检查人次", "≥10000人次"),
            ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="远程会诊中心运行维护项目",
        dept=BUREAU,
        unit=HOSPITAL,
        attr="常年项目",
        money=one_year(w(45), w(45), w(0)),
        goals=[
            "保障远程会诊中心全年运行，开展远程会诊不少于1200例（其中影像会诊800例、心电会诊400例）。"
        ],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "远程会诊例数", "≥1200例"),
            (None, "质量指标", "会诊记录完整率", "≥95%"),
            (None, "时效指标", "远程会诊响应时间", "≤30分钟"),
            (None, "成本指标", "年度运行维护费用", "≤45万元"),
            ("效益指标", "社会效益指标", "县域内就诊率", "≥88%"),
            ("满意度指标", "服务对象满意度指标", "患者满意度", "≥85%"),
        ],
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 18))
    return b


def ct_training(s: Sheet) -> None:
    """The first of kez10's stacked projects, correct."""
    project_head(
        s,
        year=YEAR,
        name="医护人员CT操作培训项目",
        dept=BUREAU,
        unit=HOSPITAL,
        money=one_year(w(30), w(30), w(0)),
        goals=["培训医护人员CT操作及辐射防护120人次。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "CT操作培训人次", "≥120人次"),
            (None, "质量指标", "培训考核合格率", "≥95%"),
            (None, "时效指标", "培训完成时间", "10月31日前"),
            (None, "成本指标", "人均培训费用", "≤0.25万元/人次"),
            ("效益指标", "社会效益指标", "CT检查规范操作率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
        ],
    )


@variant(
    "kez10-stacked-terminals",
    (2,),
    "two one-year projects stacked, OLD-NAT: the second's money does not add up, its goal "
    "trains more doctors than its indicator, one indicator twice with two values",
)
def kez10() -> Book:
    b, s = book()
    ct_training(s)
    s.skip()
    total = mk(w(260), "B101", "error", row=True, note="财政拨款200＋其他资金40＝240，不是260")
    goal = "为12家乡镇卫生院配置远程会诊终端，培训乡镇医生60人。"
    project_head(
        s,
        year=YEAR,
        title="",
        name="乡镇卫生院远程会诊终端配置项目",
        dept=BUREAU,
        unit=HOSPITAL,
        attr="一次性项目",
        money=one_year(total, w(200), w(40)),
        goals=[ok(goal, "warning", note="the other side of the D104 below")],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "远程会诊终端配置数量", "≥12套"),
            (
                None,
                None,
                "乡镇医生远程会诊培训人数",
                mk("≥40人", "D104", "warning", row=True, note="年度目标写培训60人"),
            ),
            (
                None,
                None,
                mk(
                    "远程会诊终端配置套数",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103",),
                    note="与第一行同一指标，一个写12套，一个写10套",
                ),
                "≥10套",
            ),
            (None, "质量指标", "终端安装验收合格率", "=100%"),
            (None, "时效指标", "终端安装完成时间", "9月30日前"),
            (None, "成本指标", "远程会诊终端单价", "≤18万元/套"),
            ("效益指标", "社会效益指标", "乡镇卫生院远程会诊覆盖率", "≥67%"),
            ("满意度指标", "服务对象满意度指标", "乡镇医务人员满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kez11-education-two-year",
    (4, 8),
    "two-year project, NAT-2021, 中期 and 年度 columns, the header repeated after a page break, "
    "注 and 填表说明 under the table, signature lines, a rate raised in 百分点 (correct)",
)
def kez11() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="县乡医务人员远程继续教育项目",
        dept=BUREAU,
        unit=HOSPITAL,
        money=multi_year((w(96), w(80), w(16)), (w(50), w(42), w(8))),
        goals=[
            "2026年—2027年依托远程教学平台培训县乡医务人员2400人次（其中乡镇卫生院1600人次）。",
            "2026年培训县乡医务人员1200人次，开设远程直播课程48期。",
        ],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "远程培训人次", "≥2400人次", "≥1200人次"),
            (None, None, "远程直播课程期数", "≥96期", "≥48期"),
            (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
            (None, "时效指标", "课程回放上线时间", "≤3个工作日", "≤3个工作日"),
        ],
        header=PERIOD_HEADER,
    )
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "每期课程制作费用", "≤0.8万元/期", "≤0.8万元/期"),
            ("效益指标", "社会效益指标", "乡镇卫生院常见病首诊正确率提高", "≥5百分点", "≥2百分点"),
            (None, "可持续影响指标", "远程教学课程库课程数", "≥96个", "≥48个"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
        ],
        header=PERIOD_HEADER,
    )
    notes(
        s,
        "注：培训人次按每期签到人数累计；课程制作费96期×0.8万元＝76.8万元，在中期资金96万元内。",
        "填表说明：中期指标值填写2026年—2027年累计值，年度指标值填写2026年值。",
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 25))
    return b


@variant(
    "kez12-imaging-center-years",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 columns: annual money above the period's, "
    "last season's year in 年度目标, a period deadline after the period ends",
)
def kez12() -> Book:
    b, s = book()
    annual = mk(w(480), "B103", "error", note="年度资金480万元大于中期资金450万元")
    project_head(
        s,
        year=YEAR,
        years=3,
        name="远程影像诊断中心建设项目",
        dept=BUREAU,
        unit=HOSPITAL,
        attr="新增项目",
        money=multi_year((w(450), w(380), w(70)), (annual, w(400), w(80))),
        goals=[
            "2026年—2028年建成远程影像诊断中心，联通全县18家乡镇卫生院。",
            mk(
                "2025年完成中心机房建设并联通首批6家乡镇卫生院。",
                "Y103",
                "warning",
                note="项目期2026年—2028年，年度目标却写2025年（上一季的文字）",
            ),
        ],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "联通乡镇卫生院数", "≥18家", "≥6家"),
            (None, None, "远程影像诊断例数", "≥9000例", "≥2000例"),
            (None, "质量指标", "远程影像诊断符合率", "≥90%", "≥90%"),
            (
                None,
                "时效指标",
                "全部乡镇卫生院接入完成时间",
                mk("2029年6月30日前", "Y102", "error", note="期限在项目期2026年—2028年之后"),
                "12月31日前",
            ),
            ("成本指标", "经济成本指标", "乡镇影像终端单价", "≤20万元/套", "≤20万元/套"),
            ("效益指标", "社会效益指标", "影像检查县域内完成率", "≥90%", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "乡镇卫生院医务人员满意度", "≥90%", "≥90%"),
        ],
        header=PERIOD_HEADER,
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 18))
    return b
