"""熏蒸整治: kiln retrofits, a ban with last season's leftovers, departments, a three-year plan."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout651.common import (
    YEAR,
    indicators,
    notes,
    one_year,
    periods,
    signature,
    start,
    wan,
)
from tests.variants.holdout651.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, ok, pct

DIRS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant("gk13-kiln-retrofit", (11, 1),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare values "
         "with a unit column, a typed percent, a 下降率 with ≥ and 0起 on accidents "
         "(correct)")  # fmt: skip
def kiln_retrofit() -> Book:
    b, s = start(widths=(14, 16, 28, 10, 10, 14, 12))
    project_head(s, year=YEAR, name="洮归县当归硫磺熏蒸窑改造项目",
                 dept="洮归县农业农村局（312001）", unit="洮归县中药材产业发展中心",
                 money=one_year(wan(96), wan(86), wan(10)),
                 goals=["将当归硫磺熏蒸窑80座（其中集中加工点32座）改造为热风烘干窑，"
                        "当归二氧化硫残留超标率控制在3%以内，"
                        "全年不发生熏蒸安全事故。"])  # fmt: skip
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "熏蒸窑改造数量", "正向", "≥", 80, "座"),
        (None, None, "其中集中加工点改造数量", "正向", "≥", 32, "座"),
        (None, "质量指标", "改造窑验收合格率", "正向", "≥", pct(0.98), None),
        (None, "时效指标", "改造补助兑付时限", "反向", "≤", 20, "个工作日"),
        (None, "成本指标", "单座改造补助标准", "反向", "≤", 1.2, "万元/座"),
        ("效益指标", "生态效益指标", "硫磺使用量下降率", "正向", "≥", 70, "%"),
        (None, "社会效益指标", "当归二氧化硫残留超标率", "反向", "≤", 3, "%"),
        (None, None, "熏蒸安全事故", "反向", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "正向", "≥", 90, "%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "邢国栋", "0937-4410572")
    return b


@variant("gk14-fumigation-ban", (9,),
         "project in 元, OLD-NAT: the total typed as text with separators, last season's year in "
         "the goal, the goal's kiln count against the indicator")  # fmt: skip
def fumigation_ban() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="归谷镇当归硫磺熏蒸整治项目", dept="归谷镇人民政府",
                 unit="归谷镇农业综合服务中心", money_label="项目资金（元）",
                 money=one_year(mk("1,250,000", "X103", "warning", alt=("B108",),
                                   note="带千分位的文本，读作1250000"),
                                money(1000000, YUAN), money(250000, YUAN)),
                 goals=[mk("拆除或封停当归硫磺熏蒸窑120座，建立熏蒸整治台账，"
                           "2024年底前完成全部散户登记。", "Y103", "warning",
                           alt=("Y101", "Y102"),
                           note="上一年度的期限留在2025年目标中")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注", None), [
        ("产出指标", "数量指标", "熏蒸窑拆除封停数量",
         mk("≥150座", "D104", "warning", row=True, note="年度目标写120座")),
        (None, None, "熏蒸散户登记户数", "≥480户"),
        (None, "质量指标", "拆除封停复查合格率", "≥95%"),
        (None, "时效指标", "整治任务完成时间", "2025年11月30日前"),
        (None, "成本指标", "单座拆除封停补助", "≤8000元/座"),
        ("效益指标", "生态效益指标", "镇域硫磺销售量下降率", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "整治户满意度", "≥85%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "蒲晓雯", "0937-6613948")
    return b


@variant("gk15-rectification-department", (12, 4),
         "department, NAT-2021, weight column: a header repeated after a page break, subtotal "
         "and total rows, a note explaining 金额合计 = 项目支出 (correct)")  # fmt: skip
def rectification_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="洮归县市场监督管理局",
                    budget=[(wan(880), wan(800), wan(80), wan(520), wan(360))],
                    tasks=[("硫磺熏蒸专项整治", "排查整治当归熏蒸窑点", wan(140), "整治窑点200个"),
                           ("药材市场质量抽检", "抽检当归及饮片", wan(160), "抽检800批次"),
                           ("初加工作坊规范指导", "指导作坊建立台账", wan(60), "指导作坊150家"),
                           ("金额合计", None, wan(360), None)],
                    goal="整治当归熏蒸窑点200个，抽检当归及饮片800批次，"
                         "指导初加工作坊150家规范经营。")  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，基本支出不列入年度主要任务。")
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重", None)
    indicators(s, head, [
        ("产出指标", "数量指标", "熏蒸窑点整治数量", "≥200个", 20),
        (None, None, "当归及饮片抽检批次", "≥800批次", 15),
        (None, "质量指标", "整治窑点复查合格率", "≥95%", 10),
        (None, "时效指标", "整治任务完成时间", "2025年10月31日前", 5),
        ("小计", "", None, None, 50),
    ], label="年度绩效指标")  # fmt: skip
    s.skip()
    s.row(*head)
    s.table([
        ("成本指标", "经济成本指标", "单批次抽检成本", "≤0.2万元/批次", 10),
        ("效益指标", "社会效益指标", "当归二氧化硫残留超标率", "≤3%", 20),
        (None, "可持续影响指标", "初加工作坊台账建立率", "≥90%", 10),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%", 10),
        ("小计", "", None, None, 50),
        ("合计", "", None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "车秀岚", "0937-5526031")
    return b


@variant("gk16-three-year-rectification", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "the year's money above the period's, a cumulative count copied")  # fmt: skip
def three_year_rectification() -> Book:
    b, s = start()
    same = "三年替代当归硫磺熏蒸窑300座，整治熏蒸散户900户，二氧化硫残留超标率降至3%以内。"
    project_head(s, year=YEAR, years=3, name="云岔市当归熏蒸整治与烘干替代三年行动项目",
                 dept="云岔市农业农村局（405002）", unit="云岔市中药材产业服务中心",
                 money=periods((wan(450), wan(400), wan(50)),
                               (mk(wan(480), "B103", "error", note="年度480万元大于中期450万元"),
                                ok(wan(430), "error"), wan(50))),
                 goals=[same, mk(same, "D204", "warning",
                                 note="年度目标照抄中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "熏蒸窑烘干替代数量", "≥300座",
         mk("≥300座", "D202", "warning", note="三年累计数照抄到年度")),
        (None, None, "熏蒸散户整治户数", "≥900户", "≥300户"),
        (None, "质量指标", "替代烘干窑验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度整治任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单座烘干替代补助", "≤1.3万元/座", "≤1.3万元/座"),
        ("效益指标", "社会效益指标", "当归二氧化硫残留超标率", "≤3%", "≤5%"),
        (None, "生态效益指标", "硫磺使用量下降率", "≥80%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "整治散户满意度", "≥90%", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "车秀岚", "0937-5526031")
    return b


@variant("gk17-township-flat", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重), weights 100 (correct)")  # fmt: skip
def township_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="青柏乡农业农村综合服务中心",
                    budget=[(wan(150), wan(140), wan(10), wan(95), wan(55))],
                    tasks=[("熏蒸窑排查整治", "排查散户熏蒸窑并封停", wan(35), "排查600户"),
                           ("烘干技术指导", "入户指导烘干替代熏干", wan(20), "指导12场"),
                           ("金额合计", None, wan(55), None)],
                    goal="排查当归熏蒸散户600户，封停熏蒸窑45座，"
                         "开展烘干技术指导12场。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重", None)
    s.table([
        ("散户熏蒸窑排查户数", "≥600", "正向", "户", 20),
        ("熏蒸窑封停数量", "≥45", "正向", "座", 20),
        ("当归硫残留超标率", "≤3", "反向", "%", 20),
        ("烘干技术指导场次", "≥12", "正向", "场", 15),
        ("整治问题整改时限", "≤15", "反向", "个工作日", 10),
        ("农户满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    notes(s, "说明：权重合计100。")
    signature(s, "邢国栋", "0937-4410572")
    return b


@variant("gk18-scored-acceptance", (10,),
         "project, NAT-2021, tier-1 and indicator score columns: 产出 declared 50 but its "
         "indicators give 45, a deadline in the next year, a count under 质量")  # fmt: skip
def scored_acceptance() -> Book:
    b, s = start(widths=(14, 8, 16, 30, 18, 8))
    project_head(s, year=YEAR, name="洮归县当归初加工场所熏蒸整治验收项目",
                 dept="洮归县市场监督管理局", unit="洮归县中药材产业发展中心",
                 money=one_year(wan(42), wan(42), wan(0)),
                 goals=["年内完成60座熏蒸窑拆除后的验收，"
                        "验收报告于2025年12月15日前报县政府。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", alt=("W101",), note="20+15+10=45"),
         "数量指标", "初加工场所验收数量", "≥120个", 20),
        (None, None, "质量指标",
         mk("熏蒸窑拆除数量", "F201", "warning", row=True, note="数量填在质量指标下"),
         "≥60座", 15),
        (None, None, "时效指标", "验收报告报送时间",
         mk("2026年6月30日前", "Y102", "error", row=True, alt=("Y103", "D104"),
            note="一年期2025年项目，年度目标写2025年12月15日前"), 10),
        ("成本指标", 10, "经济成本指标", "单个场所验收费用", "≤0.35万元/个", 10),
        ("效益指标", 30, "社会效益指标", "初加工场所硫磺熏蒸清零率", "≥95%", 15),
        (None, None, "可持续影响指标", "验收档案归档率", "=100%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "初加工经营户满意度", "≥90%", 10),
    ], merged=(1, 2, 3), label="绩效指标")  # fmt: skip
    signature(s, "邢国栋", "0937-4410572")
    return b
