"""Matsutake (松茸) returns: percent cells, stacked projects, decorated tier labels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout567.common import funds, indicators, new, sign, wan
from tests.variants.holdout567.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

OP_HEADER = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
INLINE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("de01-songrong-percent-cells", (1,),
         "project, OLD-NAT, operator column (指标性质 as ≥ ≤ =), unit column, percents typed in "
         "Excel, 万元 in the number format (correct)")  # fmt: skip
def de01() -> Book:
    b, s = new()
    project_head(s, year=2025, name="松茸资源保护性采集与分级培训项目",
                 dept="栎岩县林业和草原局 217003", unit="栎岩县松坪林业工作站",
                 money=funds(wan(86), wan(70), wan(16)),
                 goals=["组织松坪、杉溪两乡镇采集户开展保护性采集和分级培训，规范鲜品分级，"
                        "减少菌塘翻挖破坏。"])  # fmt: skip
    indicators(s, OP_HEADER, [
        ("产出指标", "数量指标", "培训松茸采集户", "≥", 400, "人"),
        (None, None, "设置规范采集示范菌塘", "≥", 25, "个"),
        (None, "质量指标", "鲜品分级合格率", "≥", pct(0.95), "%"),
        (None, None, "采集季菌塘破坏率", "≤", pct(0.02), "%"),
        (None, "时效指标", "培训按期完成率", "=", pct(1), "%"),
        (None, "成本指标", "分级培训补助标准", "≤", 300, "元/人"),
        (None, None, "示范菌塘围护成本", "≤", 1.2, "万元/个"),
        ("效益指标", "经济效益指标", "一级松茸占采收量比例", "≥", pct(0.3), "%"),
        (None, "生态效益指标", "松茸林地植被保存率", "≥", pct(0.98), "%"),
        (None, "可持续影响指标", "采集户持证上山率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龙季衡", "沈禾", "0871-6302417", day(2024, 11, 26, CN_DATE))
    return b


@variant("de02-songrong-percent-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: an accuracy rate typed as 105%, the "
         "其他资金 cell formatted in 元 inside a 万元 block")  # fmt: skip
def de02() -> Book:
    b, s = new()
    other = mk(money(150000, YUAN), "B105", "error",
               note="150,000.00元 in the 项目资金（万元） block: units mixed")  # fmt: skip
    project_head(s, year=2025, name="松茸鲜品分级收购点建设项目",
                 dept="雾栖县供销合作社联合社 318006", unit="雾栖县杉溪镇农业综合服务中心",
                 money=funds(wan(60), wan(45), other),
                 goals=["在杉溪、茅垭两镇建成鲜品分级收购点4个，"
                        "当季分级收购松茸鲜品40吨。"])  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="45 + 150000 ≠ 60 if 元 is read as 万元: follows from B105")  # fmt: skip
    indicators(s, OP_HEADER, [
        ("产出指标", "数量指标", "建成分级收购点", "≥", 4, "个"),
        (None, None, "分级收购松茸鲜品", "≥", 40, "吨"),
        (None, "质量指标", "鲜品分级准确率", "≥",
         mk(pct(1.05), "T106", "error", note="105% on an accuracy rate capped at 100%"), "%"),
        (None, "时效指标", "收购点建成投用时间", "≤", day(2025, 7, 15, CN_DATE), None),
        (None, "成本指标", "单个收购点建设成本", "≤", 12, "万元/个"),
        ("效益指标", "经济效益指标", "采集户鲜品收购均价提高", "≥", 8, "元/公斤"),
        (None, "社会效益指标", "带动采集户", "≥", 650, "户"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "骆成岳", "付青", "0871-6455092", day(2024, 12, 3, CN_DATE))
    return b


@variant("de03-songrong-stacked-two", (2,),
         "two matsutake projects stacked in one sheet, OLD-NAT, one value column with operators "
         "inside, the same satisfaction indicator with different values (correct)")  # fmt: skip
def de03() -> Book:
    b, s = new()
    project_head(s, year=2025, name="松茸采集便道维护项目", dept="栎岩县林业和草原局 217003",
                 unit="栎岩县茅垭国有林场", money=funds(wan(38), wan(30), wan(8)),
                 goals=["维护松茸采集便道18公里，缩短采集户进山时间。"])  # fmt: skip
    indicators(s, INLINE, [
        ("产出指标", "数量指标", "维护松茸采集便道", "≥18公里"),
        (None, "质量指标", "便道维护验收合格率", "≥95%"),
        (None, "时效指标", "维护完成时间", "2025年9月30日前"),
        (None, "成本指标", "便道维护成本", "≤2.1万元/公里"),
        ("效益指标", "社会效益指标", "采集户单程进山时间缩短率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="松茸交易市场分级台建设项目", title="",
                 dept="栎岩县林业和草原局 217003", unit="栎岩县松坪林业工作站",
                 money=funds(wan(52), wan(52), wan(0)),
                 goals=["在松坪交易市场建成标准分级台6个，"
                        "进场松茸按统一标准分级交易。"])  # fmt: skip
    indicators(s, INLINE, [
        ("产出指标", "数量指标", "建成标准分级台", "≥6个"),
        (None, "质量指标", "分级台验收合格率", "≥95%"),
        (None, "时效指标", "分级台建成时间", "2025年7月31日前"),
        (None, "成本指标", "单台建设成本", "≤8万元/个"),
        ("效益指标", "经济效益指标", "进场交易松茸分级覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("de04-songrong-stacked-wrong", (2, 11),
         "two matsutake projects stacked, OLD-NAT, one value column: the second project's 资金总额 "
         "is not its parts, and a 反向 rate carries ≥")  # fmt: skip
def de04() -> Book:
    b, s = new()
    project_head(s, year=2025, name="松茸产区林火隐患清理项目", dept="雾栖县林业局 318002",
                 unit="雾栖县护林防火站", money=funds(wan(40), wan(32), wan(8)),
                 goals=["清理松茸产区林下可燃物，采集季不发生森林火灾。"])  # fmt: skip
    indicators(s, INLINE, [
        ("产出指标", "数量指标", "清理林下可燃物面积", "≥8000亩"),
        (None, "质量指标", "清理作业验收合格率", "≥95%"),
        (None, "成本指标", "可燃物清理成本", "≤45元/亩"),
        ("效益指标", "生态效益指标", "采集季森林火灾发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(60), "B101", "error", note="45 + 10 = 55, not 60")
    project_head(s, year=2025, name="松茸资源巡护项目", title="", dept="雾栖县林业局 318002",
                 unit="雾栖县茅垭林业站", money=funds(total, wan(45), wan(10)),
                 goals=["聘用巡护员20名，采集季全程巡护松茸林，制止过度采挖和盗采。"])  # fmt: skip
    indicators(s, INLINE, [
        ("产出指标", "数量指标", "聘用巡护员", "≥20人"),
        (None, "质量指标", "巡护日志完整率", "≥95%"),
        (None, "成本指标", "巡护补助标准", "≤2000元/人·月"),
        ("效益指标", "生态效益指标", "松茸林过度采挖发生率",
         mk("≥3%", "T108", "warning", row=True, note="an occurrence rate is 反向: ≤ meant")),
        (None, "社会效益指标", "盗采纠纷调处率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("de05-songrong-numbered-points", (5,),
         "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量指标), a benchmark column (correct)")  # fmt: skip
def de05() -> Book:
    b, s = new()
    project_head(s, year=2025, name="松茸菌塘监测与产地标识项目",
                 dept="栎岩县林业和草原局 217003", unit="栎岩县林业科技推广站",
                 money=funds(wan(58), wan(50), wan(8)),
                 goals=["监测松茸菌塘300个，建立产地标识档案，掌握产量和菌塘变化。"])  # fmt: skip
    indicators(s, (*INLINE, "指标值设定依据"), [
        ("一、产出指标（40分）", "（一）数量指标", "监测松茸菌塘", "≥300个", "计划标准"),
        (None, None, "发放产地标识", "≥2万枚", "计划标准"),
        (None, "（二）质量指标", "监测数据有效率", "≥95%", "行业标准"),
        (None, "（三）时效指标", "监测报告报送时间", "2025年11月30日前", "计划标准"),
        ("二、成本指标（20分）", "（一）经济成本指标", "菌塘监测单点成本", "≤0.15万元/个",
         "历史标准"),
        (None, "（二）生态环境成本指标", "监测样地土壤扰动面积", "≤0.5亩", "其他标准"),
        ("三、效益指标（30分）", "（一）经济效益指标", "标识松茸溢价率", "≥10%", "历史标准"),
        (None, "（二）生态效益指标", "监测菌塘产菇稳定率", "≥85%", "历史标准"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "采集户满意度", "≥90%",
         "行业标准"),
    ])  # fmt: skip
    return b


@variant("de06-songrong-star-wrong-parent", (5, 11),
         "transfer-payment project, OLD-NAT, labels with * and ★ and abbreviations: "
         "时效 under 效益, a rate given as a head count, a cost cap with ≥")  # fmt: skip
def de06() -> Book:
    b, s = new()
    project_head(s, year=2025, name="林业改革发展资金（松茸资源保护利用）",
                 dept="雾栖县林业局 318002", unit="雾栖县林业局", attr="一次性项目",
                 money=[("资金总额", wan(120), "其中：中央补助", wan(90)),
                        ("地方资金", wan(30), None, None)],
                 goals=["保护松茸资源，建成冷链分级点3个，培训采集户1200人。"])  # fmt: skip
    indicators(s, INLINE, [
        ("*产出指标", "★数量", "建成冷链分级点", "≥3个"),
        (None, None, "培训采集户", "≥1200人"),
        (None, "★质量", "松茸分级标准培训覆盖率",
         mk("1200人", "T105", "error", note="a 覆盖率 given as a head count")),
        (None, "成本", "每公斤鲜品冷链成本",
         mk("≥3元/公斤", "T108", "warning", row=True, note="a cost cap takes ≤")),
        ("*效益指标", "经济效益", "分级后鲜品售价提高", "≥15%"),
        (None, mk("时效指标", "F105", "error", alt=("F104",),
                   note="时效 is a tier-2 of 产出, not of 效益"),
         "采后鲜品入库时限", "≤6小时"),
        (None, "生态效益", "菌塘翻挖面积下降率", "≥20%"),
        ("*满意度指标", "服务对象满意度", "采集户满意度", "≥90%"),
    ])  # fmt: skip
    return b
