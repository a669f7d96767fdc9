"""Department returns, flat lists and decorated or exported tables of both halves of the theme."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout439.common import (
    DEPT,
    OFFICE,
    PLANT,
    SQUAD,
    YEAR,
    indicators,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout439.registry import variant
from tests.variants.kit import Book, mk, pct

PLANT_YEAR_GOAL = "稳定运营资源化利用厂，处置建筑垃圾30万吨以上，再生产品质量全部达标。"
FLAT_GOAL = "全区建筑垃圾资源化利用率达到60%，偷倒乱倒案件明显减少，渣土运输秩序规范。"


def _office_tasks(total: float) -> list[list[object]]:
    return [
        ["资源化利用监管", "核准处置、资源化利用厂监管", w(520), "资源化利用率≥60%"],
        ["偷倒乱倒治理", "巡查执法、黑点整治", w(330), "案件下降≥10%"],
        ["金额合计", None, w(total), None],
    ]


@variant(
    "yg13-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, weights adding to 100 (correct)",
)
def yg13() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept=OFFICE,
        goal=FLAT_GOAL,
        tasks=_office_tasks(850),
        budget=[[w(1260), w(1180), w(80), w(410), w(850)]],
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("建筑垃圾资源化利用率", 20, "%", "≥", pct(0.6)),
        ("偷倒乱倒案件查处结案率", 15, "%", "≥", pct(0.95)),
        ("建筑垃圾处置核准办结时间", 10, "工作日", "≤", 5),
        ("渣土车辆密闭化改造率", 15, "%", "=", pct(1)),
        ("偷倒乱倒案件数量下降率", 15, "%", "≥", pct(0.1)),
        ("偷倒引发的重大安全事故", 10, "起", "≤", 0),
        ("群众满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "邵清禾", "0771-6625201")
    return b


@variant(
    "yg14-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
    "an amount against a 台 unit column, a 反向 rate with ≥, weights adding to 95",
)
def yg14() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept=SQUAD,
        goal="规范渣土运输秩序，严查偷倒乱倒和抛洒滴漏。",
        budget=[[w(640), w(640), w(0), w(260), w(380)]],
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("消纳场接收建筑垃圾量", "≥40", "正向", "万吨", 20),
        ("渣土车抛洒滴漏发生率", mk("≥3%", "T108", "warning", row=True,
                                    note="反向 rate with ≥"), "反向", "%", 15),
        ("执法记录仪配备", mk("60万元", "T112", "error",
                              note="万元 in the value, 台 in the unit column"), "正向", "台", 10),
        ("案件办结率", "≥95%", "正向", "%", 20),
        ("处置核准办结时间", "≤5", "反向", "工作日", 15),
        ("群众满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20 + 15 + 10 + 20 + 15 + 15 = 95, not 100")
    sign(s, "杭启明", "0771-6625163")
    return b


@variant(
    "yg15-department-assessment",
    (12, 7),
    "department, NAT-2021, budget with shares and key tasks adding to 金额合计; headers "
    "考核指标, 绩效目标值 and a 评价标准 column (correct)",
)
def yg15() -> Book:
    b, s = start(widths=(16, 18, 30, 16, 24, 14))
    department_head(
        s,
        year=YEAR,
        dept=PLANT,
        goal=PLANT_YEAR_GOAL,
        tasks=[
            ["资源化利用厂运营", "破碎、分选、再生产品生产", w(680), "处置量≥30万吨"],
            ["再生产品检测", "按批次抽样检测", w(140), "检测≥160批次"],
            ["智能计量运维", "地磅及视频称重运维", w(200), "称重留档100%"],
            ["金额合计", None, w(1020), None],
        ],
        budget=[
            [w(1500), w(1410), w(90), w(480), w(1020)],
            [pct(1), pct(0.94), pct(0.06), pct(0.32), pct(0.68)],
        ],
    )
    indicators(s, ("一级指标", "二级指标", "考核指标", "绩效目标值", "评价标准"), [
        ("产出指标", "数量指标", "建筑垃圾处置量", "≥30万吨", "每少1万吨扣1分"),
        (None, "质量指标", "再生产品抽检合格率", "≥98%", "每低1个百分点扣2分"),
        (None, "时效指标", "进厂车辆卸料等待时间", "≤30分钟", "超时不得分"),
        ("成本指标", "经济成本指标", "单位处置运营成本", "≤22元/吨", "超出不得分"),
        ("效益指标", "生态效益指标", "资源化利用率", "≥85%", "每低1个百分点扣1分"),
        (None, "可持续影响指标", "再生产品本地消纳率", "≥70%", "达到得满分"),
        ("满意度指标", "服务对象满意度指标", "运输及建设单位满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "韦书澜", "0771-6625140")
    return b


@variant(
    "yg16-department-money-wrong",
    (12,),
    "department, OLD-NAT: 基本支出 + 项目支出 ≠ 资金总额 and key tasks not adding to "
    "their 金额合计",
)
def yg16() -> Book:
    b, s = start()
    total = mk(w(980), "B101", "error", row=True, note="300 + 700 = 1000, not 980")
    department_head(s, year=YEAR, dept=PLANT, goal=PLANT_YEAR_GOAL, tasks=[
        ["资源化利用厂运营", "破碎、分选、再生产品生产", w(420), "处置量≥30万吨"],
        ["再生建材推广", "示范工程补助", w(260), "示范工程≥6个"],
        ["金额合计", None, mk(w(700), "B102", "error", note="420 + 260 = 680, not 700"), None],
    ], budget=[[total, w(900), w(80), w(300), w(700)]])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "建筑垃圾处置量", "≥30万吨"),
        (None, None, "再生建材应用示范工程", "≥6个"),
        (None, "质量指标", "再生产品抽检合格率", "≥98%"),
        (None, "时效指标", "示范工程补助拨付及时率", "≥95%"),
        (None, "成本指标", "单位处置运营成本", "≤14元/吨"),
        ("效益指标", "生态效益指标", "资源化利用率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "建设单位满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "韦书澜", "0771-6625140")
    return b


@variant(
    "yg17-export-second-sheet",
    (5, 7),
    "budget-system export, NAT-2021: head and cost lines on 05-1, the indicator table on "
    "sheet 05-2 with codes in the first columns, header on the third row under 预期实现值, "
    "numbered tier labels and a ★ core indicator (correct)",
)
def yg17() -> Book:
    b, s = start("项目支出预算05-1")
    project_head(
        s,
        year=YEAR,
        name="资源化利用厂设备维护",
        dept=DEPT,
        unit=PLANT,
        money=one_year(350, 300, 50),
        attr="常年项目",
        goals=["保障破碎分选设备完好运行，全年设备完好率95%以上。"],
    )
    s.row("支出明细", "设备维修", w(120), "备品备件", w(90))
    s.row(None, "生产用电", w(140), "合计", w(350))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("项目支出绩效目标05-2", (20, 12, 16, 20, 30, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：澄屿区建筑垃圾资源化利用中心", None, None, None, None, "金额单位：万元")
    code, unit = "330618250017", "318006002"
    t.row("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "预期实现值")
    t.table([
        (code, unit, "一、产出指标", "（一）数量指标", "维护破碎分选设备", "≥26台（套）"),
        (code, unit, None, "（二）质量指标", "★设备完好率", "≥95%"),
        (code, unit, None, "（三）时效指标", "设备故障响应时间", "≤2小时"),
        (code, unit, "二、成本指标", "（一）经济成本指标", "单台（套）年度维护费用", "≤13万元"),
        (code, unit, "三、效益指标", "（一）经济效益指标", "因设备故障停产天数", "≤5天"),
        (code, unit, None, "（二）可持续影响指标", "设备维护档案完整率", "=100%"),
        (code, unit, "四、满意度指标", "（一）服务对象满意度指标", "生产班组满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "yg18-checkpoint-wrong-parent",
    (5, 9),
    "project, NAT-2021, numbered tier labels with one 时效指标 under 效益指标, and the plan "
    "end date pasted as a date serial in a text cell",
)
def yg18() -> Book:
    b, s = start(widths=(16, 20, 30, 20))
    end = mk("46022", "X104", "warning", note="text 46022 is the serial of 2025-12-31")
    project_head(
        s,
        year=YEAR,
        name="偷倒高发路段监控卡口建设",
        dept=DEPT,
        unit=SQUAD,
        money=one_year(180, 180, 0),
        attr="一次性项目",
        end=end,
        goals=["在偷倒高发路段建设监控卡口15个，实现车辆抓拍和偷倒预警。"],
    )
    wrong = mk("2.时效指标", "F105", "error", note="时效指标 belongs under 产出指标")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "1.数量指标", "新建监控卡口", "≥15个"),
        (None, "2.质量指标", "卡口设备验收合格率", "≥98%"),
        ("二、成本指标", "1.经济成本指标", "单个卡口建设费用", "≤12万元"),
        ("三、效益指标", "1.社会效益指标", "卡口路段偷倒案件下降率", "≥30%"),
        (None, wrong, "卡口建成投用时间", "9月30日前"),
        ("四、满意度指标", "1.服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "杭启明", "0771-6625163")
    return b
