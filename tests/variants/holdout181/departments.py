"""部门整体 tables (§3.2): budget split both ways, key tasks with a 金额合计, indicators with one
or two value columns, tier-1 scores beside indicator scores."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout181.common import YEAR, indicators, signature, wan
from tests.variants.holdout181.registry import variant
from tests.variants.kit import Book, mk, ok


@variant("oi05-disability-scores-correct", (10, 12),
         "department, NAT-2021, tier-1 score column merged over its block beside an indicator "
         "score column: 40 + 20 + 30 + 10 = 100, each tier's indicator scores add up to it; "
         "standards × people within the task money; correct")  # fmt: skip
def oi05() -> Book:
    b = Book()
    s = b.sheet("部门整体", (14, 12, 16, 30, 18, 12))
    department_head(
        s, year=YEAR, dept="潮阳湾区残疾人联合会",
        budget=[(wan(1268.50), wan(1200.00), wan(68.50), wan(548.50), wan(720.00))],
        tasks=[("残疾儿童康复救助", "为0—6岁残疾儿童提供康复训练和救助", wan(300.00),
                "救助残疾儿童260人以上"),
               ("残疾人职业技能培训", "开展残疾人职业技能和实用技术培训", wan(120.00),
                "培训残疾人400人以上"),
               ("辅助器具适配", "为有需求的残疾人适配基本型辅助器具", wan(300.00),
                "适配辅助器具合格率98%以上"),
               ("金额合计", None, wan(720.00), None)],
        goal="做好残疾儿童康复救助、残疾人职业技能培训和辅助器具适配，残疾人基本康复服务和"
             "就业能力持续提升。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", 40, "数量指标", "残疾儿童康复救助人数", "≥260人", 10),
        (None, None, None, "残疾人职业技能培训人数", "≥400人", 10),
        (None, None, "质量指标", "辅助器具适配合格率", "≥98%", 10),
        (None, None, "时效指标", "康复救助资金拨付及时率", "=100%", 10),
        ("成本指标", 20, "经济成本指标", "残疾儿童康复救助标准", "≤1.1万元/人·年", 10),
        (None, None, None, "人均职业技能培训成本", "≤2800元/人", 10),
        ("效益指标", 30, "社会效益指标", "康复救助儿童功能改善率", "≥85%", 15),
        (None, None, None, "参训残疾人就业率", "≥40%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "残疾人及家属满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    signature(s, "注：一级指标分值为其下三级指标分值之和，合计100分。")
    return b


@variant("oi14-labour-money-goal-text", (12,),
         "department, NAT-2021, one value column: 财政拨款 + 其他资金 miss the 资金总额 by "
         "2.60 (基本支出 + 项目支出 add up), the 年度总体目标 says 覆盖率达到90% "
         "against ≥95%")  # fmt: skip
def oi14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 16, 16))
    department_head(
        s, year=YEAR, dept="岚山县人力资源和社会保障局",
        budget=[(mk(wan(2380.60), "B101", "error", note="2300.00 + 78.00 = 2378.00 ≠ 2380.60"),
                 wan(2300.00), wan(78.00), wan(1620.60), wan(760.00))],
        tasks=[("职业技能提升培训", "开展补贴性职业技能培训", wan(420.00),
                "完成补贴性职业技能培训3000人次以上"),
               ("就业创业服务", "举办专场招聘会，提供就业创业指导", wan(220.00),
                "举办专场招聘会24场以上"),
               ("劳动保障监察", "开展劳动保障监察执法", wan(120.00), "劳动保障监察案件按期结案"),
               ("金额合计", None, wan(760.00), None)],
        goal=ok("围绕稳就业保民生，开展补贴性职业技能培训，组织专场招聘活动，重点群体职业技能"
                "培训覆盖率达到90%，城镇调查失业率控制在5.5%以内。",
                note="the other side of the D104 mark"),
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "补贴性职业技能培训人次", "≥3000人次"),
        ("产出指标", "数量指标", "举办专场招聘会", "≥24场"),
        ("产出指标", "质量指标", "培训考核合格率", "≥90%"),
        ("产出指标", "时效指标", "失业保险金发放及时率", "=100%"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1200元/人次"),
        ("效益指标", "社会效益指标", "城镇新增就业人数", "≥4500人"),
        ("效益指标", "社会效益指标", "重点群体职业技能培训覆盖率",
         mk("≥95%", "D104", "warning", row=True, note="the 年度总体目标 says 90%")),
        ("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


@variant("oi15-city-management-two-columns-correct", (8, 12),
         "department, NAT-2021, 实施周期指标值 and 年度指标值 columns (one year, equal), "
         "a 下降率 of ≥5%, =0起, a 及时率 of =100%, a per-盏 standard within the task "
         "money; correct")  # fmt: skip
def oi15() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (16, 16, 30, 18, 18, 16))
    department_head(
        s, year=YEAR, dept="锦屏区城市管理和综合执法局",
        budget=[(wan(3650.00), wan(3500.00), wan(150.00), wan(1450.00), wan(2200.00))],
        tasks=[("市政道路维护", "市政道路、人行道和排水设施日常维修", wan(980.00),
                "道路设施完好，报修及时处置"),
               ("路灯运行维护", "城区路灯设施巡查、维修和电费", wan(620.00), "路灯亮灯率98%以上"),
               ("城市绿化养护", "公园、道路绿地日常养护", wan(600.00), "绿地养护达到二级标准"),
               ("金额合计", None, wan(2200.00), None)],
        goal="保障市政道路、路灯和绿化设施正常运行，提升城市精细化管理水平，减少城市管理类投诉。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "市政道路维修面积", "≥5.5万平方米", "≥5.5万平方米"),
        ("产出指标", "数量指标", "路灯设施维护数量", "≥12000盏", "≥12000盏"),
        ("产出指标", "质量指标", "路灯亮灯率", "≥98%", "≥98%"),
        ("产出指标", "时效指标", "市政设施报修处置及时率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "路灯单盏年维护成本", "≤500元/盏·年", "≤500元/盏·年"),
        ("效益指标", "社会效益指标", "城市道路塌陷事故", "=0起", "=0起"),
        ("效益指标", "社会效益指标", "城市管理类投诉数量下降率", "≥5%", "≥5%"),
        ("效益指标", "生态效益指标", "建成区绿化覆盖率", "≥42%", "≥42%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b
