"""Department returns and returns with rows that are not indicators: money blocks, flat lists,
footnotes, template rows left empty (xr07–xr12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout424.common import (
    DEPT,
    YEAR,
    annual_money,
    indicators,
    notes,
    signature,
    start,
    wan,
)
from tests.variants.holdout424.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "xr07-department-money",
    (12,),
    "department, NAT-2021: budget split both ways, key "
    "tasks adding to 金额合计 = 项目支出, a zero incident target, a percent cell (correct)",
)
def xr07() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="柘岭县司法局",
        budget=[(money(1260), money(1180), money(80), money(860), money(400))],
        tasks=[
            ("公证法律服务下乡", "巡回公证、减免涉农公证费", money(120), "乡镇巡回公证全覆盖"),
            ("农村法律援助", "办理农民工及农村居民援助案件", money(160), "应援尽援"),
            ("人民调解", "村级调解委员会以案定补", money(120), "矛盾不上交"),
            ("金额合计", None, money(400), None),
        ],
        goal="健全覆盖城乡的公共法律服务体系，农村群众就近获得公证、援助和调解服务。",
    )
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "乡镇巡回公证场次", "≥120场", None),
        (None, None, "办理农村法律援助案件", "≥900件", None),
        (None, "质量指标", "调解协议履行率", pct(0.95), "在Excel中按百分比录入"),
        (None, "时效指标", "法律援助申请审查时限", "≤7个工作日", None),
        ("成本指标", "经济成本指标", "每件援助案件补贴标准", "≤1500元/件", None),
        ("效益指标", "社会效益指标", "因纠纷调处不当引发的民转刑案件", "0起", "反向，零发生"),
        (None, "可持续影响指标", "村（居）公共法律服务工作室运行", "≥310个", None),
        ("满意度指标", "服务对象满意度指标", "农村群众法律服务满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant(
    "xr08-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, a 知晓率 given as a count",
)
def xr08() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="鹭汀市鹭滨公证处",
        budget=[
            (
                mk(
                    money(980),
                    "B101",
                    "error",
                    note="620 + 340 = 960 ≠ 980 (财政 900 + 其他 80 = 980)",
                ),
                money(900),
                money(80),
                money(620),
                money(340),
            )
        ],
        tasks=[
            ("涉农公证服务", "巡回办证和公证费减免", money(150), "减免件数≥2500件"),
            ("遗嘱公证免费服务", "为农村老年人免费办理遗嘱公证", money(110), "≥600件"),
            ("公证信息化", "远程视频公证终端运维", money(90), "终端正常运行"),
            (
                "金额合计",
                None,
                mk(money(340), "B102", "error", note="150 + 110 + 90 = 350 ≠ 340"),
                None,
            ),
        ],
        goal="为农村群众提供便捷、低价的公证服务。",
    )
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "减免涉农公证费件数", "≥2500件", None),
        (None, None, "免费办理遗嘱公证", "≥600件", None),
        (None, "质量指标", "公证书质量检查合格率", "≥98%", None),
        (None, "时效指标", "涉农公证办结时限", "≤15个工作日", None),
        ("成本指标", "经济成本指标", "每件遗嘱公证补助", "≤1800元/件", None),
        ("效益指标", "社会效益指标", "农村公证减免政策知晓率",
         mk("3000人", "T105", "error", note="a 知晓率 given as a count of people"), None),
        (None, "可持续影响指标", "公证质量管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "办证群众满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant(
    "xr09-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), weights adding to 100, a 下降率 with ≥ (correct)",
)
def xr09() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="栖湾县公共法律服务中心",
        budget=[(money(410), money(400), money(10), money(290), money(120))],
        goal="建成县、乡、村三级公共法律服务平台，农村群众办事不出村。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("村级公共法律服务工作室覆盖行政村", 20, "个", "≥", 265),
        ("12348热线农村来电接通率", 15, "%", "≥", 95),
        ("农村涉法涉诉信访量下降率", 15, "%", "≥", 5),
        ("法律援助申请审查时限", 10, "工作日", "≤", 7),
        ("每个村级工作室运行补助", 10, "元/个", "≤", 4000),
        ("农村群众法律服务获得率", 10, "%", "≥", 90),
        ("村级法律服务工作台账", 10, None, "定性", "规范"),
        ("农村群众满意度", 10, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant(
    "xr10-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · "
    "指标性质 as direction · 计量单位 · 权重): a unit conflict, a 投诉率 with ≥, weights "
    "adding to 95",
)
def xr10() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="砚坪县司法局",
        budget=[(money(530), money(500), money(30), money(380), money(150))],
        goal="推进农村公共法律服务和人民调解规范化。",
    )
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+10+15 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("农村法律咨询服务人次", mk("≥3000人次", "T112", "error", alt=("T119",),
                                    note="value in 人次, unit column 件"), "正向", "件", 20),
        ("人民调解案件调解成功率", "≥95", "正向", "%", 15),
        ("公共法律服务投诉率", mk("≥1", "T108", "warning", row=True,
                                  note="投诉率 is 反向, written with ≥"), "反向", "%", 15),
        ("调解案件以案定补标准", "≤300", "反向", "元/件", 10),
        ("村（居）法律顾问覆盖率", "=100", "正向", "%", 10),
        ("乡村法治宣传活动", "≥200", "正向", "场", 10),
        ("农村群众满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    return b


@variant(
    "xr11-footnotes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside "
    "the table, a repeated header after a page break, 注 explaining the total, 填表说明, "
    "signature and date lines (correct)",
)
def xr11() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="农村法律援助工作站运行经费",
        dept=DEPT,
        unit="芦渡县法律援助中心",
        money=annual_money(wan(95), wan(95), wan(0)),
        goals=["保障乡镇法律援助工作站运行，安排值班律师驻站。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("说明：以下指标按年度考核，数值为全县合计。", None, None, None),
        ("产出指标", "数量指标", "运行乡镇法律援助工作站", "≥124个"),
        (None, None, "值班律师驻站服务天数", "≥1650天"),
        (None, "质量指标", "援助案件质量评查合格率", "≥95%"),
        (None, "时效指标", "援助申请受理时限", "≤3个工作日"),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("产出指标", "成本指标", "每个工作站运行补助", "≤0.5万元/个"),
        (None, None, "值班律师驻站补贴", "≤200元/天"),
        ("效益指标", "社会效益指标", "农村困难群众应援尽援率", "≥98%"),
        (None, "可持续影响指标", "工作站值班制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "注：项目资金95万元 = 工作站运行补助62万元（124个×0.5万元）+ 值班律师补贴33万元"
        "（1650天×200元）。",
        "填表说明：1. 指标值应量化；2. 一级、二级指标按省定框架填写。",
    )
    signature(s, "郁晓岚", "0739-6218475")
    s.row("单位负责人（签字）：", None, "（单位盖章）", None, None, None)
    return b


@variant(
    "xr12-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from "
    "the template without indicator, a value without an indicator name",
)
def xr12() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="农村老年人遗嘱公证免费服务",
        dept=DEPT,
        unit="栖湾县公证处",
        money=annual_money(wan(48), wan(48), wan(0)),
        goals=["为70周岁以上农村老年人免费办理遗嘱公证。"],
        start=day(YEAR, 1, 1),
        end=day(YEAR, 12, 31),
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "免费办理遗嘱公证件数", "≥300件"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥12场"),
        (None, "质量指标", "遗嘱公证书差错率", "≤0.5%"),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("成本指标", "经济成本指标", "每件遗嘱公证补助标准", "≤1500元/件"),
        ("效益指标", "社会效益指标", "农村老年人财产继承纠纷下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "老年申请人满意度", "≥92%"),
    ])  # fmt: skip
    return b
