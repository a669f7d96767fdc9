"""Tables converted from PDF (text split over lines, a number split by a space, an amount pasted
twice), an OLD-NAT flood-control table with word operators and numbered tier labels, and two
fire-rescue projects with tier, rate and direction defects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout30.common import indicators, sign
from tests.variants.holdout30.registry import variant
from tests.variants.kit import WAN, Book, C, mk, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("in12-pdf-split-lines-ok", (9,), "project converted from PDF, text split over lines")
def in12() -> Book:
    """Correct: a PDF turned into Excel: labels, names and values broken over lines inside
    their cells (`产出\\n指标`, `≥1200\\n人次`, `≤30分\\n钟`), amounts pasted as text."""
    b = Book()
    s = b.sheet("Table 1")
    project_head(
        s,
        year=2026,
        title="2026年度项目支出\n绩效目标表",
        name="沿河乡镇汛期巡堤查险\n及防汛物资储备",
        dept="青梧县应急管理局\n（312）",
        unit="青梧县防汛抗旱服务中心",
        money=[
            ("年度资金总额", "86.00", "其中：财政拨款", "86.00"),
            ("其他资金", "0.00", None, None),
        ],
        goals=[
            "组织沿河6个乡镇汛期巡堤查险不少于1200人次，储备编织袋3万条，\n"
            "全年不发生因洪涝灾害死亡事件。"
        ],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出\n指标", "数量\n指标", "汛期巡堤查险\n人次", "≥1200\n人次"),
            (None, None, "储备防汛\n编织袋", "≥30000\n条"),
            (None, "质量\n指标", "防汛物资\n完好率", "≥95%"),
            (None, "时效\n指标", "险情处置\n响应时间", "≤30分\n钟"),
            ("成本\n指标", "经济成本\n指标", "巡堤人员\n误工补助标准", "≤120元/\n人·天"),
            ("效益\n指标", "社会效益\n指标", "因洪涝灾害\n死亡人数", "0人"),
            (None, "可持续影响\n指标", "群防群治\n机制", "持续\n完善"),
            ("满意度\n指标", "服务对象满意度\n指标", "沿河群众\n满意度", "≥90%"),
        ],
    )
    return b


@variant("in13-pdf-artefacts", (9, 1), "project converted from PDF: split number, doubled amount")
def in13() -> Book:
    """Wrong: the total `1205.337 6` split by a space, 其他资金 `120万120万` pasted twice, a
    rate typed 95 in a percent cell (shows 9500%)."""
    b = Book()
    s = b.sheet("Table 1")
    project_head(
        s,
        year=2026,
        title="2026年度项目支出绩效\n目标表",
        name="新一代天气雷达运行维护",
        dept="云岫市气象局 507",
        unit="云岫市大气探测技术保障中心",
        money=[
            (
                "年度资金总额",
                mk("1205.337 6", "X105", "warning", alt=("X103",)),
                "其中：财政拨款",
                money(1085.3376, "0.0000"),
            ),
            ("其他资金", mk("120万120万", "X106", "error", alt=("B108",)), None, None),
        ],
        goals=["保障2部新一代天气雷达全年稳定运行，运行保障率不低于98%，提升灾害性天气监测能力。"],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "维护天气雷达", "≥2部"),
            (None, "质量指标", "雷达运行保障率", "≥98%"),
            (None, None, "雷达基数据到报率", mk(C(95, "0%"), "T106", "error", alt=("T116",))),
            (None, "时效指标", "雷达故障维修响应时间", "≤24小时"),
            ("成本指标", "经济成本指标", "单部雷达年维护成本", "≤450万元/部"),
            ("效益指标", "社会效益指标", "灾害性天气监测能力", "有效提升"),
            ("满意度指标", "服务对象满意度指标", "气象服务用户满意度", "≥90%"),
        ],
    )
    return b


@variant("in14-flood-word-operators-ok", (4, 5, 11), "project, OLD-NAT, numbered labels, words")
def in14() -> Book:
    """Correct: numbered tier labels with points, operators in words (`不低于90%`, `95%以上`,
    `30日内`), qualitative values (`有效提升`, `逐步改善`, `达标`), an 指标解释 column, a
    填报说明 block and signatures."""
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(
        s,
        year=2026,
        name="山洪灾害防治非工程措施运行维护",
        dept="梧川县水利局 215",
        unit="梧川县山洪灾害防治中心",
        money=[
            ("年度资金总额", money(120, WAN), "其中：财政拨款", money(110, WAN)),
            ("其他资金", money(10, WAN), None, None),
        ],
        goals=[
            "维护山洪灾害监测预警设施，组织防汛演练15场、培训防汛责任人600人次，"
            "山洪预警到位率不低于90%。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "指标解释"),
        [
            ("一、产出指标（50分）", "（一）数量指标", "组织山洪防御演练", "≥15场", "以乡镇为单位"),
            (None, None, "培训村组防汛责任人", "≥600人次", None),
            (None, "（二）质量指标", "防汛物资完好率", "95%以上", "抽查结果"),
            (None, None, "监测站点巡检记录规范性", "达标", None),
            (None, "（三）时效指标", "水毁设施修复启动时间", "≤30个工作日", "自灾情核定之日起"),
            (None, None, "灾后救助资金发放时间", "30日内", None),
            (None, "（四）成本指标", "防汛物资采购成本", "≤85万元", None),
            ("二、效益指标（30分）", "（一）社会效益指标", "山洪预警到位率", "不低于90%", None),
            (None, None, "基层防汛应急处置能力", "有效提升", None),
            (None, "（二）可持续影响指标", "山洪防御基础条件", "逐步改善", None),
            ("三、满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", "≥90%", "问卷调查"),
        ],
    )
    s.skip()
    s.row("填报说明：", merge=[(1, 6)])
    s.row("1.指标值应细化、量化，难以量化的可采用定性表述；", merge=[(1, 6)])
    s.row("2.预算执行率另行评价，不在本表填报。", merge=[(1, 6)])
    sign(s, 2026, "杨某", "唐某", "0736-5522150")
    return b


@variant("in15-rescue-drills-wrong", (5, 11), "project, NAT-2021, drills and inspections")
def in15() -> Book:
    """Wrong: a 整改率 given as a count, a 时效指标 under 效益指标, a 2023 deadline in the goal
    of a 2026 table."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="消防救援实战化训练及监督检查",
        dept="梧川县消防救援大队 318",
        unit="梧川县消防救援大队",
        money=[
            ("年度资金总额", money(64, WAN), "其中：财政拨款", money(64, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            mk(
                "开展实战化拉动演练24次，监督检查社会单位1500家次，2023年11月底前完成全部"
                "年度训练任务。",
                "Y103",
                "error",
                alt=("Y101", "Y102"),
            )
        ],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "开展实战化拉动演练", "≥24次"),
            (None, None, "消防监督检查社会单位", "≥1500家次"),
            (None, "质量指标", "检查发现火灾隐患整改率", mk("12处", "T105", "error")),
            (None, None, "指战员体能训练达标率", "≥95%"),
            ("成本指标", "经济成本指标", "演练耗材人均费用", "≤600元/人"),
            ("效益指标", "社会效益指标", "较大以上火灾事故", "0起"),
            (None, mk("时效指标", "F105", "error"), "救援力量到场时间", "≤15分钟"),
            ("满意度指标", "服务对象满意度指标", "辖区单位满意度", "≥90%"),
        ],
    )
    return b


@variant("in17-rural-fire-direction", (11,), "project, NAT-2021, 备注 column, 反向 with ≥")
def in17() -> Book:
    """Wrong: a death rate per 10万人 and a response time in 秒 written with ≥ (both 反向), a
    到场率 over 100 %."""
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s,
        year=2026,
        name="农村消防能力提升工程",
        dept="栖霞岭县消防救援大队 318",
        unit="栖霞岭县消防救援大队",
        attr="新增项目",
        money=[
            ("年度资金总额", money(380, WAN), "其中：财政拨款", money(350, WAN)),
            ("其他资金", money(30, WAN), None, None),
        ],
        goals=["建设乡镇专职消防队6支，配备消防车6辆，农村火灾起数逐步下降。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "备注"),
        [
            ("产出指标", "数量指标", "建设乡镇专职消防队", "≥6支", None),
            (None, None, "配备水罐消防车", "≥6辆", "每支队1辆"),
            (None, "质量指标", "乡镇专职消防队出警到场率", mk("≥102%", "T106", "error"), None),
            (None, "时效指标", "119接警至出动时间", mk("≥60秒", "T108", "warning", row=True), None),
            ("成本指标", "经济成本指标", "水罐消防车单价", "≤45万元/辆", "政府采购"),
            (
                "效益指标",
                "社会效益指标",
                "农村火灾十万人口死亡率",
                mk("≥0.25人/10万人", "T108", "warning", row=True),
                None,
            ),
            (None, None, "农村火灾起数", "逐步下降", "与上年比"),
            ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%", None),
        ],
    )
    return b
