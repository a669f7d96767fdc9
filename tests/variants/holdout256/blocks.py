"""Money in every block: department budgets with 基本支出 + 项目支出 and a task list, project
money with 资金来源 shares, 测算依据 lines and one or three prior years (rf13–rf18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout256.common import (
    ONE,
    basis,
    book,
    indicators,
    one_year_money,
    prior,
    sign,
    sources,
    wan,
)  # fmt: skip
from tests.variants.holdout256.registry import variant
from tests.variants.kit import Book, C, mk, ok, pct


def rate(value: float) -> C:
    """A share or rate typed in Excel with two decimals (0.688 shows 68.80%)."""
    return pct(value, "0.00%")


@variant("rf13-dept-tasks-project-spend", (12,), "a department table: budget and shares add up, "
         "the task list sums to 项目支出 (not to 资金总额) (correct)")  # fmt: skip
def rf13() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="青岚县农业农村局", budget=[
            (wan(8650), wan(8420), wan(230), wan(1210), wan(7440)),
            (rate(1), rate(0.9734), rate(0.0266), rate(0.1399), rate(0.8601))],
        tasks=[
            ("耕地地力保护补贴", "发放补贴面积52万亩", wan(5480), "补贴足额兑付到户"),
            ("农机购置补贴", "补贴机具1000台（套）", wan(1200), "机械化率达到86%"),
            ("农村人居环境整治", "户厕改造2000户", wan(560), "卫生厕所普及率达到90%"),
            ("村级集体经济扶持", "扶持4个村", wan(200), "村集体经营性收入10万元以上"),
            ("金额合计", None, wan(7440), None)],
        goal="落实强农惠农政策，稳定粮食生产，改善农村人居环境，壮大村级集体经济。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "耕地地力保护补贴面积", "≥52万亩"),
        (None, None, "农村户厕改造", "≥2000户"),
        (None, "质量指标", "惠农补贴资金兑付准确率", pct(1)),
        (None, "时效指标", "补贴资金兑付完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "户均改厕补助", "≤2800元/户"),
        ("效益指标", "经济效益指标", "主要农作物耕种收综合机械化率", "≥86%"),
        (None, "社会效益指标", "农村卫生厕所普及率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "魏耕云", "陶予宁", "0739-57201188")
    return b


@variant("rf14-dept-split-and-tasks", (12,), "a department table: 基本支出 + 项目支出 ≠ 资金总额, "
         "the task amounts do not reach their 金额合计")  # fmt: skip
def rf14() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="白崖县乡村振兴局", budget=[(
            mk(wan(6320), "B101", "error", row=True, note="980 + 5240 = 6220"),
            wan(6100), wan(220), wan(980), wan(5240))],
        tasks=[
            ("衔接资金产业发展", "支持产业项目26个", wan(3200), "带动脱贫户增收"),
            ("以工代赈", "建设小型基础设施15处", wan(1400), "发放劳务报酬"),
            ("防返贫监测帮扶", "监测对象帮扶1400户", wan(420), "风险消除率80%以上"),
            ("金额合计", None, mk(wan(5240), "B102", "error", note="3200+1400+420 = 5020"),
             None)],
        goal="巩固拓展脱贫攻坚成果，守住不发生规模性返贫底线，推进乡村全面振兴。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "支持产业发展项目", "≥26个"),
        (None, None, "以工代赈项目", "≥15处"),
        (None, "质量指标", "防返贫监测对象风险消除率", "≥80%"),
        ("成本指标", "经济成本指标", "单个产业项目平均补助", "≤120万元/个"),
        ("效益指标", "社会效益指标", "规模性返贫事件", "=0起"),
        ("满意度指标", "服务对象满意度指标", "脱贫群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("rf15-sources-basis-prior", (1, 12), "a sanitation project with three money blocks: "
         "资金来源 with shares, 测算依据 lines, the prior year; all agree (correct)")  # fmt: skip
def rf15() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="2026年农村户厕改造和公厕建设项目", dept="沅陵湾县农业农村局（145）",
        unit="沅陵湾县农村人居环境整治服务中心",
        money=one_year_money(wan(1250), wan(1250), wan(0)),
        goals=["2026年改造农村户厕2600户，新建改造村级公厕20座，完善粪污收集处理体系。"],
    )  # fmt: skip
    sources(s, [("中央衔接资金", wan(860), rate(0.688)), ("省级财政资金", wan(250), rate(0.2)),
                ("县级财政资金", wan(140), rate(0.112))])  # fmt: skip
    basis(s, [("农村户厕改造", "2600户 × 0.3万元/户", wan(780)),
              ("村级公厕新建改造", "20座 × 12万元/座", wan(240)),
              ("粪污收集处理", "吸污车5台及贮粪池建设", wan(230))], wan(1250))  # fmt: skip
    prior(s, [("2025年", wan(1180), wan(1162.4), rate(0.9851))])
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造农村户厕", "≥2600户"),
        (None, None, "新建改造村级公厕", "≥20座"),
        (None, "质量指标", "改厕验收合格率", "≥95%"),
        ("成本指标", "经济成本指标", "户均改厕补助", "≤0.3万元/户"),
        ("效益指标", "社会效益指标", "问题厕所整改销号率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "向晚晴", "舒明远", "0745-64420913")
    return b


@variant("rf16-share-and-prior-exec", (12,), "machinery subsidy with a 资金来源 share that "
         "does not match its amount and a prior year spent beyond its budget")  # fmt: skip
def rf16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="2026年农机购置与应用补贴项目", dept="瑶峰县农业农村局（206）",
        unit="瑶峰县农业机械化服务中心", money=one_year_money(wan(2400), wan(2400), wan(0)),
        goals=["2026年补贴购置农机具2000台（套），主要农作物耕种收综合机械化率达到84%。"],
    )  # fmt: skip
    sources(s, [
        ("中央农机购置补贴资金", wan(1900), rate(0.7917)),
        ("省级农机补贴资金", wan(500),
         mk(rate(0.25), "B111", "error", note="500 ÷ 2400 = 20.83%"))])  # fmt: skip
    prior(s, [("2025年", wan(2200),
               mk(wan(2263.5), "B104", "warning", note="spent 2263.5 of 2200"),
               rate(1.0289))])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补贴购置农机具", "≥2000台（套）"),
        (None, "质量指标", "补贴机具抽查核验合格率", "≥98%"),
        ("成本指标", "经济成本指标", "单台（套）平均补贴额", "≤1.2万元/台"),
        ("效益指标", "经济效益指标", "主要农作物耕种收综合机械化率", "≥84%"),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "闵禾川", "苗素心", "0771-38460257")
    return b


@variant("rf17-three-prior-years", (12,), "a collective-economy project with three prior years "
         "and their 合计 row, each 执行数 within its 预算, 测算依据 that add up "
         "(correct)")  # fmt: skip
def rf17() -> Book:
    b, s = book("村级集体经济")
    project_head(
        s, year=2026, name="2026年村级集体经济发展试点项目", dept="麓川县委组织部（003）",
        unit="麓川县农村集体经济发展服务中心", money=one_year_money(wan(650), wan(650), wan(0)),
        goals=["2026年扶持13个试点村发展物业经济和生产服务，试点村集体经营性收入均达到12万元"
               "以上。"],
    )  # fmt: skip
    prior(s, [("2023年", wan(500), wan(486.2), rate(0.9724)),
              ("2024年", wan(550), wan(541.8), rate(0.9851)),
              ("2025年", wan(600), wan(593.5), rate(0.9892)),
              ("合计", wan(1650), wan(1621.5), rate(0.9827))])  # fmt: skip
    basis(s, [("试点村扶持资金", "13个村 × 50万元/村", wan(650))], wan(650))
    indicators(s, ONE, [
        ("产出指标", "数量指标", "扶持试点村数量", "≥13个"),
        (None, "质量指标", "扶持项目竣工验收合格率", "≥95%"),
        (None, "时效指标", "扶持资金下达时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "每村扶持资金", "≤50万元/村"),
        ("效益指标", "经济效益指标", "试点村集体经营性收入", "≥12万元/村"),
        (None, "可持续影响指标", "扶持项目资产管护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "试点村群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙映雪", "包致远", "0877-55613029")
    return b


@variant("rf18-prior-total-basis-cost", (12,), "three prior years whose 合计 is not their sum, "
         "测算依据 lines short of their 合计, 每村 cap × 村数 above the money")  # fmt: skip
def rf18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="2026年扶持村级集体经济发展项目", dept="蒲江口县委组织部（002）",
        unit="蒲江口县农业农村局", money=one_year_money(wan(680), wan(680), wan(0)),
        goals=["2026年扶持16个村发展村级集体经济，开展村集体经济带头人培训。"],
    )  # fmt: skip
    prior(s, [("2023年", wan(420), wan(400), rate(0.9524)),
              ("2024年", wan(460), wan(452), rate(0.9826)),
              ("2025年", wan(480), wan(472), rate(0.9833)),
              ("合计", mk(wan(1390), "B101", "error", alt=("B102",),
                          note="420 + 460 + 480 = 1360"), wan(1324),
              ok(rate(0.9735), "error", note="the rate of the true sum 1360"))])  # fmt: skip
    basis(s, [("扶持村项目资金", "16个村 × 40万元/村", wan(640)),
              ("带头人培训", "培训200人次", wan(25))],
          mk(wan(680), "B102", "error", alt=("B101",), note="640 + 25 = 665"))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "扶持村数量", "≥16个"),
        (None, None, "培训村集体经济带头人", "≥200人次"),
        ("成本指标", "经济成本指标", "每村扶持资金",
         mk("≤45万元/村", "B107", "warning", note="16 × 45 = 720 > 680")),
        ("效益指标", "经济效益指标", "扶持村集体经营性收入", "≥10万元/村"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
