"""Herders' cooperatives on the grassland (牧民专业合作社): stacked projects, tier labels as
offices write them, template rows, conversion artefacts, a table on a second sheet."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout485.common import (
    HEAD,
    YEAR,
    book,
    footer,
    indicators,
    one_year,
    stacked,
    wan,
)
from tests.variants.holdout485.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "骏川县农牧和草原局 402"
SAT = ["满意度指标", "服务对象满意度指标", "入社牧户满意度"]


@variant("aa07-coop-stacked-three", (2,),
         "three cooperative projects stacked in one sheet, OLD-NAT, one value column, the same "
         "满意度 name with different values in different projects (correct)")  # fmt: skip
def aa07() -> Book:
    b, s = book()
    stacked(s, first=True, dept=DEPT, name="白驹滩牧民合作社标准化棚圈建设补助",
            unit="骏川县白驹滩牧民专业合作社", money_rows=one_year(60, 50, 10),
            goal="为入社牧户新建标准化棚圈40座，改善冬春接羔条件。", rows=[
        ["产出指标", "数量指标", "新建标准化棚圈", "≥40座"],
        [None, "质量指标", "棚圈验收合格率", "≥95%"],
        [None, "时效指标", "棚圈完工时间", "10月31日前"],
        [None, "成本指标", "每座棚圈补助标准", "≤1.2万元/座"],
        ["效益指标", "经济效益指标", "入社牧户户均增收", "≥3000元"],
        [None, "可持续影响指标", "棚圈设计使用年限", "≥15年"],
        [*SAT, "≥90%"]])  # fmt: skip
    stacked(s, first=False, dept=DEPT, name="红鬃嘎查牧民合作社饲草料储备",
            unit="骏川县红鬃嘎查牧民专业合作社", money_rows=one_year(45, 45, 0),
            goal="储备青干草1500吨，保障冬春灾年牲畜饲草供应。", rows=[
        ["产出指标", "数量指标", "储备青干草", "≥1500吨"],
        [None, "质量指标", "饲草质量抽检合格率", "≥95%"],
        [None, "时效指标", "饲草入库时间", "9月30日前"],
        [None, "成本指标", "青干草收购单价", "≤280元/吨"],
        ["效益指标", "社会效益指标", "冬春灾年牲畜死亡率", "≤1.5%"],
        [*SAT, "≥92%"]])  # fmt: skip
    stacked(s, first=False, dept=DEPT, name="金辔苏木牧民合作社畜产品品牌推广",
            unit="骏川县金辔苏木牧民专业合作社", money_rows=one_year(30, 24, 6),
            goal="参加展销会4场，认证品牌畜产品3个，带动合作社销售增长。", rows=[
        ["产出指标", "数量指标", "参加畜产品展销会", "≥4场"],
        [None, None, "认证品牌畜产品", "≥3个"],
        [None, "质量指标", "产品质量抽检合格率", "≥98%"],
        [None, "时效指标", "展销活动完成时间", "11月30日前"],
        [None, "成本指标", "单场展销费用", "≤6万元/场"],
        ["效益指标", "经济效益指标", "合作社畜产品销售额增长率", "≥15%"],
        [*SAT, "≥90%"]])  # fmt: skip
    footer(s, [], "孟根", "0477-6520316")
    return b


@variant("aa08-coop-stacked-wrong", (2, 12),
         "two cooperative projects stacked, OLD-NAT, one value column: the second project's total "
         "is not 财政拨款 + 其他资金, and one of its rates is given as a count")  # fmt: skip
def aa08() -> Book:
    b, s = book()
    stacked(s, first=True, dept=DEPT, name="云鬃草原牧民合作社牧业机械购置补助",
            unit="骏川县云鬃牧民专业合作社联合社", money_rows=one_year(80, 64, 16),
            goal="补助合作社购置打草机、搂草机等牧业机械32台套。", rows=[
        ["产出指标", "数量指标", "补助牧业机械", "≥32台套"],
        [None, "质量指标", "机械验收合格率", "=100%"],
        [None, "时效指标", "补助资金兑付时间", "9月30日前"],
        [None, "成本指标", "每台套补助标准", "≤2.5万元/台套"],
        ["效益指标", "经济效益指标", "打草作业效率提高", "≥30%"],
        [*SAT, "≥90%"]])  # fmt: skip
    total = mk(52, "B101", "error", note="40 + 10 = 50, not 52")
    stacked(s, first=False, dept=DEPT, name="白驹滩牧民合作社牲畜保险保费补贴",
            unit="骏川县白驹滩牧民专业合作社", money_rows=one_year(total, 40, 10),
            goal="为入社牧户300户的基础母畜投保，降低灾害损失。", rows=[
        ["产出指标", "数量指标", "参保牧户", "≥300户"],
        [None, "质量指标", "入社牧户参保覆盖率",
         mk("≥300户", "T105", "error", note="a 覆盖率 given as a count of households")],
        [None, "时效指标", "保费补贴拨付时间", "6月30日前"],
        [None, "成本指标", "户均保费补贴", "≤1600元/户"],
        ["效益指标", "社会效益指标", "受灾参保牧户理赔及时率", "≥95%"],
        [*SAT, "≥90%"]])  # fmt: skip
    footer(s, [], "阿拉坦", "0477-6524470")
    return b


@variant("aa09-coop-transfer-labels", (5,),
         "transfer-payment project, OLD-NAT, tier labels with * and abbreviated (数量, 效益), "
         "★ core indicators, 中央补助 + 地方资金, a vegetation cover raised in 百分点 "
         "(correct)")  # fmt: skip
def aa09() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="牧民合作社草畜平衡奖补", dept=DEPT,
                 unit="骏川县农牧和草原局", title=f"{YEAR}年度转移支付项目绩效目标表",
                 money=one_year(320, 280, 40, split="其中：中央补助", rest="地方资金"),
                 goals=["落实禁牧12万亩，兑付草畜平衡奖补，提高草原植被盖度。"])  # fmt: skip
    rows = [
        ["*产出指标", "数量", "★落实草原禁牧面积", "≥12万亩"],
        [None, None, "补助入社牧户", "≥850户"],
        [None, "质量", "★奖补资金发放准确率", "=100%"],
        [None, "时效", "奖补资金兑付时限", "资金下达后30日内"],
        [None, "成本", "禁牧补助标准", "≤7.5元/亩·年"],
        ["*效益指标", "生态效益", "★草原综合植被盖度", "提高≥1百分点"],
        [None, "社会效益", "牧户政策知晓率", "≥95%"],
        [None, "可持续影响", "草畜平衡制度落实", "有效"],
        ["*满意度指标", "服务对象满意度", "受益牧户满意度", "≥90%"],
    ]
    indicators(s, HEAD, rows)
    footer(s, ["注：带★的为核心指标，不得删除；带*的为必填项。"], "格日乐", "0477-6529018")
    return b


@variant("aa10-coop-template-rows", (5, 6, 13),
         "project, NAT-2021, numbered labels, header 预期目标: a tier-2 under the wrong tier-1, "
         "a template tier-2 left without indicator, a value without a name")  # fmt: skip
def aa10() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="金辔苏木牧民合作社奶食品加工扶持", dept=DEPT,
                 unit="骏川县金辔苏木牧民专业合作社", money=one_year(58, 50, 8),
                 goals=["扶持合作社改造奶食品加工车间1处，培训加工牧民40人。"])  # fmt: skip
    empty = mk("（二）生态效益指标", "F109", "warning", row=True, note="template row left empty")
    wrong = mk("（三）质量指标", "F105", "error", note="质量指标 belongs under 产出指标")
    rows = [
        ["一、产出指标", "（一）数量指标", "1.改造奶食品加工车间", "≥1处"],
        [None, None, "2.培训奶食品加工牧民", "≥40人"],
        [None, "（二）质量指标", "3.奶食品抽检合格率", "≥98%"],
        [None, "（三）时效指标", "4.车间改造完工时间", "8月31日前"],
        ["二、成本指标", "（一）经济成本指标", "5.车间改造费用", "≤42万元"],
        ["三、效益指标", "（一）经济效益指标", "6.合作社奶食品销售收入增长率", "≥20%"],
        [None, empty, None, None],
        [None, wrong, "7.加工车间卫生检查达标率", "≥95%"],
        ["四、满意度指标", "（一）服务对象满意度指标", "8.入社牧户满意度", "≥90%"],
        [None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    footer(s, [], "斯琴", "0477-6523361")
    return b


@variant("aa11-coop-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a split total, a "
         "start date as a serial in a text cell, an amount pasted twice")  # fmt: skip
def aa11() -> Book:
    b, s = book()
    split = mk("126.4 8", "X105", "warning", alt=("X103",), note="126.48 split by a space")
    start = mk("45717", "X104", "warning", note="serial of 2025-03-01 stored as text")
    project_head(s, year=YEAR, name="云鬃牧民合作社联合社冷链仓储设备购置", dept=DEPT,
                 unit="骏川县云鬃牧民专业合作社联合社", start=start,
                 money=[["年度资金总额", split, "其中：财政拨款", wan(106.48)],
                        ["其他资金", wan(20), None, None]],
                 goals=["购置安装冷库设备1套和分割包装设备，培训合作社仓储人员。"])  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "安装冷库设备", "≥1套"],
        [None, None, "培训合作社仓储人员", "≥60人次"],
        [None, "质量指标", "设备安装验收合格率", "=100%"],
        [None, "时效指标", "冷库设备投入使用时间", "11月30日前"],
        [None, "成本指标", "冷库及分割包装设备购置费用", "≤106.48万元"],
        ["效益指标", "经济效益指标", "畜产品错季销售增收", "≥50万元"],
        [None, "社会效益指标", "带动入社牧户", "≥210户"],
        ["满意度指标", "服务对象满意度指标", "入社牧户满意度", "≥90%"],
    ]
    indicators(s, HEAD, rows)
    s.row("资金明细", "支出内容", None, "金额（万元）", "备注", None, merge=[(2, 3), (5, 6)])
    twice = mk("60万60万(含运输安装)", "X106", "error", alt=("B108",), note="60 pasted twice")
    s.row(None, "冷库设备购置", None, twice, None, None, merge=[(2, 3), (5, 6)])
    s.row(None, "分割包装设备", None, wan(46.48), None, None, merge=[(2, 3), (5, 6)])
    s.row(None, "仓储人员培训", None, wan(20), "其他资金", None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, wan(126.48), None, None, merge=[(2, 3), (5, 6)])
    b.file_mark("B102", "error", required=False, note="lines off only if 60万60万 is misread")
    footer(s, [], "巴雅尔", "0477-6527705")
    return b


@variant("aa12-coop-second-sheet", (4, 7),
         "project, OLD-NAT: head on a first sheet, indicator table on a second sheet under "
         "指标内容 and 预期实现值, a 注 row inside the table, 说明 rows and signatures "
         "(correct)")  # fmt: skip
def aa12() -> Book:
    b, s = book("项目基本信息")
    project_head(s, year=YEAR, name="红鬃嘎查牧民合作社种公畜更新", dept=DEPT,
                 unit="骏川县红鬃嘎查牧民专业合作社", money=one_year(36, 30, 6),
                 goals=["为合作社更新优良种公羊120只，提高羔羊品质。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 4)
    rows = [
        ["产出指标", "数量指标", "更新优良种公羊", "≥120只"],
        [None, "质量指标", "种公羊检疫合格率", pct(1)],
        [None, None, "注：种公羊须附种畜合格证和检疫证明", None],
        [None, "时效指标", "种公羊调运完成时间", "配种季前（9月30日前）"],
        [None, "成本指标", "每只种公羊购置补助", "≤2500元/只"],
        ["效益指标", "经济效益指标", "改良羔羊出栏体重提高", "≥2公斤/只"],
        [None, "可持续影响指标", "种公羊使用年限", "≥4年"],
        ["满意度指标", "服务对象满意度指标", "入社牧户满意度", "≥90%"],
    ]
    indicators(t, ("一级指标", "二级指标", "指标内容", "预期实现值"), rows)
    footer(t, ["说明：1.指标值以合作社年度验收记录为准。", "2.本表一式三份。"],
           "朝鲁", "0477-6521843")  # fmt: skip
    return b
