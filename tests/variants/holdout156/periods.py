"""Multi-year project returns whose 年度 column comes before the 实施期 column (money, goals
and indicator values alike), one with coded tier labels."""

from __future__ import annotations

from tests.variants.holdout156.common import reversed_head, sign, wan
from tests.variants.holdout156.registry import variant
from tests.variants.kit import Book, mk


@variant("nj06-annual-before-period", (8,),
         "three-year project, NAT-2021, 年度 columns before 实施期 columns in money, goals and "
         "values; cumulative counts below their period, a change in 百分点")  # fmt: skip
def nj06() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 18, 30, 22, 22, 10))
    reversed_head(s, year=2027, years=3, name="白沙河流域水土保持综合治理项目",
                  dept="苇塘县水利局（206）", unit="苇塘县水土保持工作站",
                  money_rows=[("资金总额", wan(420), wan(1260)),
                              ("其中：财政拨款", wan(380), wan(1140)),
                              ("其他资金", wan(40), wan(120))],
                  annual_goal="治理白沙河上游水土流失面积12平方公里，新建谷坊40座，完成当年"
                              "治理任务。",
                  period_goal="三年累计治理水土流失面积36平方公里，新建谷坊120座，建立治理"
                              "设施管护机制，流域生态明显改善。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "实施期指标值")
    s.table([
        ("产出指标", "数量指标", "治理水土流失面积", "≥12平方公里", "≥36平方公里"),
        (None, None, "新建谷坊数量", "≥40座", "≥120座"),
        (None, "质量指标", "治理工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "治理任务完成时间", "2027年12月31日前", "2029年12月31日前"),
        ("成本指标", "经济成本指标", "每平方公里综合治理成本", "≤30万元/平方公里",
         "≤30万元/平方公里"),
        ("效益指标", "生态效益指标", "治理区林草覆盖率", "提高≥3百分点", "提高≥8百分点"),
        (None, None, "减少土壤流失量", "≥1.5万吨", "≥4.5万吨"),
        (None, "社会效益指标", "项目区农田防洪能力", "明显提升", "持续提升"),
        (None, "可持续影响指标", "治理设施管护机制", "建立并执行", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="蒙家宁", phone="0772-4458196", checker="甘晓露")
    return b


@variant("nj08-annual-before-period-wrong", (8,),
         "two-year project, NAT-2021, 年度 column before 实施期: an annual count above its period "
         "count, a rate given as a count in both columns")  # fmt: skip
def nj08() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 18, 30, 22, 22, 10))
    reversed_head(s, year=2027, years=2, name="鹭汀县基层农技人员能力提升项目",
                  dept="鹭汀县农业农村局（212）", unit="鹭汀县农业技术推广中心",
                  money_rows=[("资金总额", wan(60), wan(110)),
                              ("其中：财政拨款", wan(60), wan(110)),
                              ("其他资金", wan(0), wan(0))],
                  annual_goal="开展基层农技人员轮训，建设农业科技示范基地6个，推广主推技术。",
                  period_goal="两年内完成全县基层农技人员轮训，建成示范基地10个，主推技术"
                              "入户到位，农技服务覆盖全县行政村。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "实施期指标值")
    s.table([
        ("产出指标", "数量指标", "农技人员培训人次",
         mk("≥1200人次", "D201", "error", row=True, note="a cumulative count: 年度 1200 > "
            "实施期 1000"), "≥1000人次"),
        (None, None, "示范基地建设数", "≥6个", "≥10个"),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        (None, None, "主推技术入户到位率",
         mk("≥1500户", "T105", "error", row=True, note="a 到位率 in 户"), "≥2800户"),
        (None, "时效指标", "培训任务完成时间", "2027年11月30日前", "2028年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤400元/人次", "≤400元/人次"),
        ("效益指标", "经济效益指标", "示范基地主导品种亩均增产幅度", "≥5%", "≥8%"),
        (None, "社会效益指标", "农技服务覆盖行政村数", "≥60个", "≥110个"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="史国梁", phone="0596-7283304", checker="闵雪芳")
    return b


@variant("nj16-coded-annual-before-period", (5, 8),
         "two-year project, OLD-NAT, coded tier labels (1 产出指标, 1.1 数量指标, 1.1.1 …), "
         "年度 before 实施期, word operator 不低于 in both columns")  # fmt: skip
def nj16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", widths=(16, 18, 34, 20, 20, 10))
    reversed_head(s, year=2027, years=2, name="苇塘县智慧农贸市场改造项目",
                  dept="苇塘县商务局（214）", unit="苇塘县市场服务中心",
                  money_rows=[("资金总额", wan(150), wan(260)),
                              ("其中：财政拨款", wan(120), wan(200)),
                              ("其他资金", wan(30), wan(60))],
                  annual_goal="完成3个农贸市场智能化改造，安装智能溯源电子秤300台。",
                  period_goal="两年内完成5个农贸市场智能化改造，安装智能溯源电子秤500台，"
                              "农产品质量安全可追溯比例明显提高。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "实施期指标值")
    s.table([
        ("1 产出指标", "1.1 数量指标", "1.1.1 改造农贸市场数量", "≥3个", "≥5个"),
        (None, None, "1.1.2 安装智能溯源电子秤数量", "≥300台", "≥500台"),
        (None, "1.2 质量指标", "1.2.1 改造工程验收合格率", "不低于95%", "不低于95%"),
        (None, "1.3 时效指标", "1.3.1 市场改造完工时间", "2027年12月31日前",
         "2028年12月31日前"),
        (None, "1.4 成本指标", "1.4.1 单个市场改造成本", "≤45万元/个", "≤45万元/个"),
        ("2 效益指标", "2.1 经济效益指标", "2.1.1 改造市场商户经营额", "较上年提高", "持续提高"),
        (None, "2.2 社会效益指标", "2.2.1 农产品质量安全可追溯比例", "≥80%", "≥90%"),
        ("3 满意度指标", "3.1 服务对象满意度指标", "3.1.1 商户及消费者满意度", "≥90%",
         "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="农玉珍", phone="0776-2285503", checker="黄启明")
    return b
