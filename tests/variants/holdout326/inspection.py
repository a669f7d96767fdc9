"""Returns tx07–tx12: meat quality inspection (肉品品质检验) in slaughter plants."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout326.common import (
    HEAD4,
    indicators,
    note,
    one_year_money,
    period_money,
    signature,
    start,
    wan,
)
from tests.variants.holdout326.registry import variant
from tests.variants.kit import Book, Sheet, mk

POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("tx07-points-two-levels", (10, 5),
         "project, NAT-2021, numbered tier labels with points, a tier-1 score column and "
         "an indicator score column both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def tx07() -> Book:
    b, s = start(widths=(20, 8, 18, 30, 16, 8))
    project_head(
        s,
        year=2025,
        name="苇塘县肉品品质检验能力提升",
        dept="苇塘县农业农村局（631004）",
        unit="苇塘县动物疫病预防控制中心",
        money=one_year_money(wan(64), wan(60), wan(4)),
        goals=["为3家定点屠宰企业配齐品质检验设备，全年检验1500批次以上。"],
    )
    rows = [
        ("一、产出指标（40分）", 40, "1.数量指标", "肉品品质检验抽检批次", "≥1500批次", 10),
        (None, None, None, "检验人员培训人次", "≥120人次", 10),
        (None, None, "2.质量指标", "检验结果准确率", "≥98%", 10),
        (None, None, "3.时效指标", "检验报告出具时限", "≤3个工作日", 10),
        ("二、成本指标（20分）", 20, "1.经济成本指标", "单批次检验成本", "≤300元/批次", 10),
        (None, None, None, "检验设备购置费", "≤15万元", 10),
        (
            "三、效益指标（30分）",
            30,
            "1.社会效益指标",
            "上市肉品品质检验合格率比上年提高",
            "≥2百分点",
            15,
        ),
        (None, None, "2.可持续影响指标", "检验设备持续使用年限", "≥5年", 15),
        ("四、满意度指标（10分）", 10, "1.服务对象满意度指标", "屠宰企业满意度", "≥90%", 10),
    ]
    indicators(s, POINTS_HEAD, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    signature(s, "陶知行", "0717-4458201")
    return b


@variant("tx08-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, an = on "
         "a satisfaction rate")  # fmt: skip
def tx08() -> Book:
    b, s = start(widths=(20, 8, 18, 30, 16, 8))
    project_head(
        s,
        year=2025,
        name="茗川县生猪屠宰企业标准化示范创建",
        dept="茗川县农业农村局（552008）",
        unit="茗川县屠宰行业管理站",
        money=one_year_money(wan(90), wan(80), wan(10)),
        goals=["创建2家生猪屠宰标准化示范厂，带动全县屠宰企业规范化改造。"],
    )
    rows = [
        (
            "一、产出指标",
            mk(
                50,
                "W103",
                "error",
                alt=("W101",),
                note="产出 declared 50, its indicators give 15 + 10 + 10 + 10 = 45",
            ),
            "数量指标",
            "创建标准化示范厂数量",
            "≥2家",
            15,
        ),
        (None, None, None, "屠宰企业改造验收家数", "≥5家", 10),
        (None, None, "质量指标", "示范厂创建验收通过率", "=100%", 10),
        (None, None, "时效指标", "创建任务完成时间", "2025年11月30日前", 10),
        ("二、成本指标", 10, "经济成本指标", "单个示范厂创建奖补标准", "≤30万元/家", 10),
        ("三、效益指标", 30, "社会效益指标", "屠宰企业规范化生产水平", "显著提升", 15),
        (None, None, "可持续影响指标", "标准化示范厂持续运行年限", "≥3年", 15),
        (
            "四、满意度指标",
            10,
            "服务对象满意度指标",
            "参与创建屠宰企业满意度",
            mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% meant"),
            10,
        ),
    ]
    indicators(s, POINTS_HEAD, rows, merged=(1, 2, 3))
    signature(s, "牟文澜", "0731-3319027")
    return b


def _inspection_sheet(s: Sheet) -> None:
    """tx09's second sheet: the indicator table under header 预期实现值."""
    s.title("绩效指标", 4)
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "瘦肉精抽检样品数", "≥600份"),
        (None, None, "瘦肉精抽检覆盖率",
         mk("600头", "T105", "error", note="a 覆盖率 given as a head count")),
        (None, "质量指标", "检测结果准确率", "≥98%"),
        (None, "时效指标", "检测报告出具时限",
         mk("100%", "T113", "warning", note="a time limit given as a percentage")),
        (None, "成本指标", "单份样品检测费", "≤350元/份"),
        ("效益指标", "社会效益指标", "瘦肉精阳性样品处置率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "屠宰企业满意度", "≥90%"),
    ])  # fmt: skip


@variant("tx09-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值; a rate given as a count and a time limit given as a percentage")  # fmt: skip
def tx09() -> Book:
    b, s = start("项目基本信息")
    project_head(
        s,
        year=2025,
        name="栗川县屠宰环节瘦肉精监测抽检",
        dept="栗川县农业农村局（604017）",
        unit="栗川县农产品质量安全检测站",
        money=one_year_money(wan(28), wan(25), wan(3)),
        goals=["对全县屠宰企业待宰生猪开展瘦肉精抽检600份以上。"],
    )
    signature(s, "闵若水", "0752-6641093")
    _inspection_sheet(b.sheet("绩效指标", (16, 18, 30, 18)))
    return b


@variant("tx10-header-assessment", (7, 5),
         "project, NAT-2021, abbreviated tier labels (产出, 数量…), headers 考核指标 and "
         "目标值（年度） with a 评价标准 scoring column (correct)")  # fmt: skip
def tx10() -> Book:
    b, s = start(widths=(12, 14, 28, 16, 30, 8))
    project_head(
        s,
        year=2025,
        name="雁屿区屠宰肉品“两章两证”核查",
        dept="雁屿区农业农村局（330021）",
        unit="雁屿区动物卫生监督所",
        money=one_year_money(wan(18), wan(18), wan(0)),
        goals=["核查出厂肉品检疫印章、品质检验印章和证明，做到章证齐全、货证相符。"],
    )
    rows = [
        ("产出", "数量", "出厂肉品核查批次", "≥2400批次", "每少100批次扣1分"),
        (None, "质量", "章证相符率", "≥99%", "每低1个百分点扣1分"),
        (None, "时效", "问题肉品处置时限", "≤24小时", "超时一次扣1分"),
        ("成本", "经济成本", "单批次核查成本", "≤70元/批次", "超标准不得分"),
        ("效益", "社会效益", "无章无证肉品流入市场事件", "≤0起", "发生一起扣5分"),
        (None, "可持续影响", "核查工作台账", "完备", "台账缺失扣2分"),
        ("满意度", "服务对象满意度", "肉品经营户满意度", "≥90%", "按问卷结果计分"),
    ]
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), rows)
    signature(s, "詹以宁", "0768-2205347")
    return b


@variant("tx11-pdf-artefacts", (9, 12),
         "project, OLD-NAT, one value column, budget detail lines below the table: a number split "
         "by a space, an amount pasted twice, a completion date pasted as a serial")  # fmt: skip
def tx11() -> Book:
    b, s = start()
    project_head(s, year=2025, name="桐渚县肉品品质检验实验室运行",
                 dept="桐渚县农业农村局（715006）", unit="桐渚县动物疫病预防控制中心",
                 money=one_year_money(wan(30), wan(30), wan(0)),
                 end=mk("46022", "X104", "warning",
                        note="2025-12-31 pasted as its Excel serial in a text cell"),
                 goals=["保障实验室全年运行，完成肉品品质检验1000批次以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "肉品品质检验批次", "≥1000批次"),
        (None, "质量指标", "检验结果复核符合率", "≥98%"),
        (None, "时效指标", "检验报告出具时限", "≤3个工作日"),
        (None, "成本指标", "单批次检验耗材成本", "≤120元/批次"),
        ("效益指标", "社会效益指标", "注水肉检出处置率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "屠宰企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    s.row(None, "检测试剂耗材",
          mk("12.5 6", "X105", "warning", alt=("X103",), note="12.56 split by a space"),
          "1000批次×120元+备用试剂", None, None, merge=[(4, 6)])  # fmt: skip
    s.row(None, "检验设备维护", mk("8万8万", "X106", "error", alt=("B108",),
                                 note="8万 pasted twice"), "4台×2万元", None, None,
          merge=[(4, 6)])  # fmt: skip
    s.row(None, "检验人员劳务", 9.44, "2人×12月×3933元", None, None, merge=[(4, 6)])
    s.row(None, "合计", wan(30), None, None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    signature(s, "郁长青", "0713-8802156")
    return b


@variant("tx12-transfer-two-year", (5, 8),
         "transfer-payment project, two years, OLD-NAT, labels numbered and marked (一、, （一）, "
         "*, ★), 中央补助 + 地方资金, 中期 and 年度 value columns (correct)")  # fmt: skip
def tx12() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, title="2025年度转移支付项目绩效目标表",
                 name="萸城市屠宰环节肉品品质检验补助", attr="延续项目",
                 dept="萸城市农业农村局（280001）", unit="萸城市各县（区）农业农村部门",
                 money=period_money((wan(160), wan(100), wan(60)),
                                    (wan(90), wan(55), wan(35)), split="中央补助"),
                 goals=["两年内全市定点屠宰企业肉品品质检验3000批次以上，检验合格率稳定在98%以上。",
                        "2025年完成肉品品质检验1600批次，检验员培训100人次。"])  # fmt: skip
    rows = [
        ("*一、产出指标", "（一）数量指标", "★肉品品质检验批次", "≥3000批次", "≥1600批次"),
        (None, None, "检验员培训人次", "≥200人次", "≥100人次"),
        (None, "（二）质量指标", "★肉品品质检验合格率", "≥98%", "≥98%"),
        (None, "（三）时效指标", "检验结果上传时限", "≤24小时", "≤24小时"),
        (None, "（四）成本指标", "单批次检验补助标准", "≤280元/批次", "≤280元/批次"),
        ("*二、效益指标", "（一）社会效益指标", "注水肉等劣质肉品检出处置率", "=100%", "=100%"),
        (None, "（二）可持续影响指标", "肉品品质检验制度", "健全", "健全"),
        ("*三、满意度指标", "（一）服务对象满意度指标", "屠宰企业满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    note(s, "注：带★的为核心指标，不得删除；带*的为必填项。")
    signature(s, "韦知秋", "0762-3310482")
    return b
