"""Visitor-centre and safety-patrol returns (游客服务中心, 旅游安全巡查): te13–te18."""

from __future__ import annotations

from tests.variants.holdout307.common import (
    YEAR,
    department_book,
    note,
    one_year,
    project_book,
    sign,
    table,
    wan,
)
from tests.variants.holdout307.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money, pct

SHARE = "0.00%"


@variant(
    "te13-patrol-directions",
    (11,),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a direction column (正向/反向/定性) and a "
    "unit column: =0 accidents, a 下降率 with ≥, response time and unit price with ≤ (correct)",
)
def te13() -> Book:
    b, s = project_book(
        name="A级景区旅游安全巡查服务采购项目",
        dept="鹤汀湾旅游度假区管委会（402013）",
        unit="鹤汀湾旅游度假区安全监管科",
        money=one_year(80, 80, 0),
        attr="常年项目",
        goals=("购买专业巡查服务，对度假区内A级景区开展常态化安全巡查，全年不发生安全责任事故。",),
    )
    table(
        s,
        ("一级指标", "二级指标", "指标内容", "指标方向", "绩效标准", "计量单位"),
        [
            ("产出指标", "数量指标", "景区安全巡查人次", "正向", "≥2400", "人次"),
            (None, None, "重点区域隐患排查点位", "正向", "≥85", "个"),
            (None, "质量指标", "安全隐患整改完成率", "正向", "≥95%", "%"),
            (None, "时效指标", "巡查发现险情响应时间", "反向", "≤15", "分钟"),
            (None, "成本指标", "安全巡查服务单价", "反向", "≤300", "元/人次"),
            ("效益指标", "社会效益指标", "景区安全责任事故", "反向", "=0", "起"),
            (None, None, "游客安全类投诉下降率", "正向", "≥15%", "%"),
            (None, "可持续影响指标", "安全巡查台账管理", "定性", "规范", None),
            ("满意度指标", "服务对象满意度指标", "游客安全感满意度", "正向", "≥90%", "%"),
        ],
    )
    sign(s, "黎思远", "0577-6548 2730")
    return b


@variant(
    "te14-patrol-directions-wrong",
    (11, 9),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare numbers with a unit "
    "column: ≥ on a 反向 accident rate and on a response time, a completion date stored as a "
    "serial in a text cell",
)
def te14() -> Book:
    serial = "46022 typed as text is the date serial of 2025-12-31"
    b, s = project_book(
        name="A级景区安全巡查能力提升项目",
        dept="沣岩县文化和旅游局（317001）",
        unit="沣岩县文化市场综合行政执法队",
        money=one_year(120, 100, 20),
        end=mk("46022", "X104", "warning", note=serial),
        goals=("对全县A级景区开展节假日和汛期安全巡查600场次，配备执法记录仪，提升应急处置能力。",),
    )
    accident = "事故发生率 is 反向 (declared in the row); ≥ asks for more accidents"
    response = "到场时间 is a response time, 反向 (declared in the row); ≥ sets a floor"
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "A级景区安全巡查场次", "正向", "≥", 600, "场次"),
            (None, None, "配备执法记录仪数量", "正向", "≥", 40, "台"),
            (None, "质量指标", "巡查问题整改率", "正向", "≥", 95, "%"),
            (
                None,
                "时效指标",
                "应急救援到场时间",
                "反向",
                mk("≥", "T108", "warning", row=True, note=response),
                20,
                "分钟",
            ),
            (None, "成本指标", "单场次巡查成本", "反向", "≤", 0.15, "万元/场次"),
            (
                "效益指标",
                "社会效益指标",
                "游客受伤事故发生率",
                "反向",
                mk("≥", "T108", "warning", row=True, note=accident),
                0.05,
                "%",
            ),
            (None, "可持续影响指标", "景区安全巡查联动机制", "定性", None, "健全", None),
            ("满意度指标", "服务对象满意度指标", "游客安全满意度", "正向", "≥", 90, "%"),
        ],
    )
    sign(s, "欧阳澈", "0576-8860 4127")
    return b


def centre_indicators(s: Sheet) -> None:
    """te15's indicator table: NAT-2021, the header repeated after a page break."""
    header = ("一级指标", "二级指标", "三级指标", "年度指标值", "计量单位", "备注")
    table(
        s,
        header,
        [
            ("产出指标", "数量指标", "年接待游客咨询人次", "≥35", "万人次", None),
            (None, None, "应急医疗救护点数量", "≥4", "个", "含临时点位"),
            (None, "质量指标", "游客投诉按期办结率", "≥98%", "%", None),
            (None, "时效指标", "投诉受理响应时间", "≤2", "小时", None),
            ("成本指标", "经济成本指标", "救护点单点年运行成本", "≤21", "万元/个", None),
        ],
    )
    s.skip()
    table(
        s,
        header,
        [
            ("效益指标", "社会效益指标", "游客有效投诉率", "≤0.5%", "%", "有效投诉数/接待人次"),
            (None, "可持续影响指标", "服务中心标准化管理制度", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "游客服务满意度", "≥92%", "%", None),
        ],
    )


@variant(
    "te15-centre-department",
    (12, 4),
    "department, NAT-2021: budget with typed-percent shares adding to 100%, four tasks adding to "
    "the 金额合计 (= 项目支出), a header row repeated after a page break, a note explaining the "
    "total (correct)",
)
def te15() -> Book:
    b, s = department_book(
        dept="鹤汀湾旅游区游客服务中心",
        budget=[
            (wan(420), wan(380), wan(40), wan(160), wan(260)),
            (
                pct(1, SHARE),
                pct(0.9048, SHARE),
                pct(0.0952, SHARE),
                pct(0.381, SHARE),
                pct(0.619, SHARE),
            ),
        ],
        tasks=[
            ("游客咨询与投诉受理", "咨询台、热线和线上平台运行", wan(70), "咨询投诉及时办理"),
            ("无障碍及母婴设施运维", "无障碍通道、母婴室和轮椅租借", wan(55), "设施完好开放"),
            ("应急医疗救护点运行", "4个救护点人员和药品器械", wan(85), "伤病游客及时救护"),
            ("服务中心设施维修", "屋面防水、空调和信息屏维修", wan(50), "设施安全可用"),
            ("金额合计", None, wan(260), None),
        ],
        goal="为游客提供咨询、投诉受理、无障碍和应急救护服务，游客服务满意度92%以上。",
    )
    s.skip()
    centre_indicators(s)
    note(s, "注：金额合计260万元即项目支出；基本支出160万元为人员和日常公用经费，不列入任务。")
    sign(s, "孟清和", "0577-6512 8806", boss="许砚秋")
    return b


@variant(
    "te16-centre-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its amount, "
    "tasks not adding to the 金额合计",
)
def te16() -> Book:
    total = "基本支出 120 + 项目支出 200 = 320 ≠ 资金总额 300 (财政拨款 260 + 其他资金 40 = 300)"
    share = "其他资金 40 ÷ 300 = 13.33%, not 20.00%"
    lines = "the tasks add to 75 + 60 + 55 = 190, not 200"
    b, s = department_book(
        dept="石砚峡景区游客服务中心",
        budget=[
            (
                mk(wan(300), "B101", "error", row=True, note=total),
                wan(260),
                wan(40),
                wan(120),
                wan(200),
            ),
            (pct(1, SHARE), pct(0.8667, SHARE), mk(pct(0.2, SHARE), "B111", "error", note=share)),
        ],
        tasks=[
            ("游客中心咨询服务", "咨询台和自助终端运行", wan(75), "咨询服务全年不间断"),
            ("景区接驳车运营补助", "游客中心至核心景点接驳", wan(60), "接驳车按班次运行"),
            ("游客中心安全保障", "消防设施维保和安保人员", wan(55), "全年无安全事故"),
            ("金额合计", None, mk(wan(200), "B102", "error", note=lines), None),
        ],
        goal="保障游客中心咨询、接驳和安全服务，游客服务满意度90%以上。",
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "游客中心年服务人次", "≥28万人次"),
            (None, None, "接驳车年运行班次", "≥5000班次"),
            (None, "质量指标", "接驳车准点率", "≥95%"),
            (None, "时效指标", "游客求助响应时间", "≤10分钟"),
            ("成本指标", "经济成本指标", "接驳车单班次运营补助", "≤120元/班次"),
            ("效益指标", "社会效益指标", "游客中心安全事故", "=0起"),
            ("满意度指标", "服务对象满意度指标", "游客服务满意度", "≥90%"),
        ],
    )
    sign(s, "宁远舟", "0593-7742 6620")
    return b


@variant(
    "te17-centre-system-export",
    (9, 7),
    "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on "
    "the third row, project code and name in the first columns, operators in words, a date "
    "cell, units in 度量单位 (correct)",
)
def te17() -> Book:
    b = Book()
    code, name = "331028250000172", "游客服务中心智慧化改造"
    s = b.sheet("部门项目支出预算05-1", (20, 26, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：澄岭县文化广电和旅游局", None, None, None, None, "单位：万元", merge=[(1, 5)])
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row(code, name, "一次性项目", wan(135), wan(120), wan(15))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 22, 12, 16, 26, 12, 16, 12))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：澄岭县文化广电和旅游局", merge=[(1, 8)])
    op_ge, op_le = "大于等于", "小于等于"
    table(
        t,
        (
            "项目编码",
            "项目名称",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
        ),
        [
            (code, name, "产出指标", "数量指标", "服务中心改造面积", op_ge, 1200, "平方米"),
            (None, None, None, None, "自助服务终端数量", op_ge, 12, "台"),
            (None, None, None, "质量指标", "改造工程验收合格率", "等于", 100, "%"),
            (None, None, None, "时效指标", "改造完工时间", op_le, day(YEAR, 11, 30, CN_DATE), None),
            (None, None, None, "成本指标", "单位面积改造成本", op_le, 900, "元/平方米"),
            (None, None, "效益指标", "社会效益指标", "游客平均办事等候时长", op_le, 10, "分钟"),
            (None, None, None, "可持续影响指标", "智能设备运维期", op_ge, 3, "年"),
            (None, None, "满意度指标", "服务对象满意度指标", "游客满意度", op_ge, 90, "%"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b


@variant(
    "te18-patrol-equipment-artefacts",
    (9, 1),
    "project, OLD-NAT, header 预期实现值, a 资金测算明细 block below the table: an amount pasted "
    "twice, a delivery deadline given as a typed 100%",
)
def te18() -> Book:
    b, s = project_book(
        name="云峤山景区安全巡查设备购置项目",
        dept="沣岩县文化和旅游局（317001）",
        unit="云峤山景区管理处",
        money=one_year(90, 90, 0),
        attr="一次性项目",
        goals=("购置巡查无人机和头盔记录仪，新增视频监控点位，实现重点区域巡查全覆盖。",),
    )
    deadline = "a delivery deadline given as a typed 100%: a time limit, not a percentage"
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "预期实现值"),
        [
            ("产出指标", "数量指标", "购置巡查无人机数量", "≥2架"),
            (None, None, "新增视频监控点位数量", "≥25个"),
            (None, None, "配发头盔记录仪数量", "≥40台"),
            (None, "质量指标", "设备验收合格率", "≥98%"),
            (None, "时效指标", "巡查设备到货时间", mk(pct(1), "T113", "warning", note=deadline)),
            (None, "成本指标", "单个视频监控点位建设成本", "≤1.2万元/个"),
            ("效益指标", "社会效益指标", "重点区域视频监控覆盖率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "游客安全满意度", "≥90%"),
        ],
    )
    twice = "36万 pasted twice; read as 36 the lines add up to 90"
    s.skip()
    s.row("资金测算明细", merge=[(1, 4)])
    s.row("支出内容", "数量", "单价（万元）", "金额（万元）")
    s.row(
        "巡查无人机",
        "2架",
        money(18),
        mk("36万36万(含无人机2架)", "X106", "error", alt=("B108",), note=twice),
    )
    s.row("视频监控点位", "25个", money(1.2), money(30))
    s.row("头盔记录仪", "40台", money(0.6), money(24))
    s.row("合计", None, None, money(90))
    b.file_mark(
        "B102", "error", required=False, note="tolerated: the pasted amount may spoil the sum"
    )
    sign(s, "焦景行", "0576-8833 1579")
    return b
