"""Pruning and pest control (修剪、病虫害防治): operators in words, direction columns, a
multi-year pest plan, notes and signatures, transfer-payment labels, template rows left."""

from __future__ import annotations

from tests.variants.holdout814.common import WIDE, funds, m, notes, project, signs, table
from tests.variants.holdout814.registry import variant
from tests.variants.kit import Book, mk, ok, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ker13-pruning-word-operators", (11, 1),
         "project, OLD-NAT, operators in words in their own column, unit column, percent cells, "
         "a 下降率 with 大于等于 and 0起 on an incident count (correct)")  # fmt: skip
def pruning_word_operators() -> Book:
    goal = "2026年对主城区行道树开展整形修剪6400株、枯枝清理1800株，修剪作业零安全事故。"
    b, s = project("主城区行道树修剪养护项目", funds(96, 90, 6), [goal])
    rows = [
        ("产出指标", "数量指标", "整形修剪株数", "大于等于", 6400, "株"),
        (None, None, "枯枝清理株数", "大于等于", 1800, "株"),
        (None, "质量指标", "修剪作业规范达标率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "冬季修剪完成时间", "小于等于", "2026年3月15日", None),
        (None, "成本指标", "单株修剪成本", "小于等于", 120, "元/株"),
        ("效益指标", "社会效益指标", "枯枝坠落投诉下降率", "大于等于", pct(0.3), "%"),
        (None, None, "修剪作业安全事故", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "大于等于", pct(0.9), "%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    signs(s, "闵若川", "0763-5831174")
    return b


@variant("ker14-moth-direction-area", (11, 12),
         "project, NAT-2021, 指标性质 as direction and 指标方向 as operator: a 反向 rate with ≥, "
         "the goal's area against the indicator, unit price × area above the money")  # fmt: skip
def moth_direction_area() -> Book:
    goal = "2026年完成美国白蛾等食叶害虫防治3.2万亩，有虫株率控制在1%以下，不发生扩散。"
    b, s = project("栖梧区美国白蛾防控项目", funds(380, 350, 30), [goal])
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    rows = [
        ("成本指标", "经济成本指标", "药剂防治单价", "反向", "≤",
         mk(200, "B107", "warning", row=True, note="200元/亩 × 2.6万亩 = 520万元，超过380万元"),
         "元/亩"),
        ("产出指标", "数量指标", "美国白蛾防治面积", "正向", "≥",
         mk(2.6, "D104", "warning", note="年度目标写防治3.2万亩"), "万亩"),
        (None, "质量指标", "美国白蛾有虫株率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向指标用了≥"), 1, "%"),
        (None, "时效指标", "第一代幼虫防治完成时间", "反向", "≤", "2026年6月30日", None),
        ("效益指标", "生态效益指标", "疫情扩散乡镇数", "反向", "≤", 0, "个"),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "正向", "≥", 90, "%"),
    ]  # fmt: skip
    table(s, head, rows)
    signs(s, "闵若川", "0763-5831174")
    return b


@variant("ker15-pest-three-year", (8, 5),
         "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, a "
         "year's count above the period's, a 及时率 under 质量")  # fmt: skip
def pest_three_year() -> Book:
    text = "建成病虫害监测点60个，开展绿色防控120次，主要病虫害成灾率控制在3‰以下。"
    annual = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    b, s = project("栖梧区园林病虫害绿色防控三年项目", funds(210, 200, 10, (600, 570, 30)),
                   [text, annual], years=3)  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单次绿色防控成本", "≤1.2万元/次", "≤1.2万元/次"),
        ("产出指标", "数量指标", "病虫害监测点建设数量", "≥60个",
         ok("≥20个", note="与照抄的年度目标60个不符，根源是D204")),
        (None, None, "绿色防控作业次数", "≥120次",
         mk("≥150次", "D201", "error", alt=("D104",), note="年度150次超过三年合计120次")),
        (None, "质量指标",
         mk("监测点巡查及时率", "F201", "warning", row=True, note="及时率是时效指标"), "≥95%",
         "≥95%"),
        (None, None, "防控作业验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度防控任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("效益指标", "生态效益指标", "主要病虫害成灾率", "≤3‰", "≤3‰"),
        ("满意度指标", "服务对象满意度指标", "养护单位满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant("ker16-pruning-notes-pages", (4, 12),
         "project, OLD-NAT: an instruction row in the table, the header repeated after a page "
         "break, a goal total with parts in brackets, notes and signatures (correct)")  # fmt: skip
def pruning_notes_pages() -> Book:
    goal = "2026年修剪行道树8600株（其中主干道5200株、次干道3400株），汛前完成高危树排查。"
    b, s = project("行道树修剪及高危树排查项目", funds(75, 70, 5), [goal])
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    table(s, head, [
        ("（填写说明：指标值须含比较符和计量单位）", None, None, None),
        ("产出指标", "数量指标", "行道树修剪数量", "≥8600株"),
        (None, None, "高危树排查数量", "≥12000株"),
        (None, "质量指标", "修剪作业规范达标率", "≥95%"),
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)
    s.table([
        ("产出指标", "时效指标", "高危树排查完成时间", "2026年5月31日前"),
        (None, "成本指标", "单株修剪成本", "≤80元/株"),
        ("效益指标", "社会效益指标", "树木倒伏伤人事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：单株修剪成本8600株 × 80元 = 68.8万元，其余6.2万元用于高危树检测。",
          "填表说明：本表金额单位为万元。")  # fmt: skip
    signs(s, "阮青禾", "0763-5833620", 10, 28)
    return b


@variant("ker17-pest-transfer-labels", (5, 12),
         "transfer-payment 区域绩效目标表, OLD-NAT, labels with ★ and *, abbreviated tier-2s, "
         "中央补助 + 地方资金 (correct)")  # fmt: skip
def pest_transfer_labels() -> Book:
    goal = "2026年在榴川县完成林业有害生物防治2.5万亩，松材线虫病疫木清理8000株。"
    money_rows = [["资金总额", m(300), "中央补助", m(180)], ["地方资金", m(120), None, None]]
    b, s = project("榴川县林业有害生物防治补助", money_rows, [goal], attr="转移支付项目",
                   title="2026年度转移支付区域绩效目标表", unit="榴川县林业局")  # fmt: skip
    rows = [
        ("*产出指标", "数量", "★有害生物防治面积", "≥2.5万亩"),
        (None, None, "松材线虫病疫木清理数量", "≥8000株"),
        (None, "质量", "★防治作业合格率", "≥95%"),
        (None, "时效", "秋季普查完成时间", "2026年10月31日前"),
        (None, "成本", "亩均防治成本", "≤100元/亩"),
        ("*效益指标", "生态效益", "★林业有害生物成灾率", "≤3‰"),
        (None, "可持续影响", "防控联防机制", "建立并执行"),
        ("*满意度指标", "服务对象满意度", "林农满意度", "≥90%"),
    ]  # fmt: skip
    table(s, HEAD4, rows)
    return b


@variant("ker18-pest-template-rows", (6, 13),
         "project, NAT-2021: a tier-2 left from the template, a value without a name, last "
         "year's figure in the 年度目标")  # fmt: skip
def pest_template_rows() -> Book:
    goal = mk("2025年完成行道树蛀干害虫防治5000株，防治效果达到90%以上。", "Y103", "warning",
              alt=("Y101",), note="2026年度表的年度目标写2025年：上年文字未改")  # fmt: skip
    b, s = project("行道树蛀干害虫防治项目", funds(60, 60, 0), [goal], widths=WIDE)
    rows = [
        ("成本指标", "经济成本指标", "单株防治成本", "≤100元/株"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True, note="模板行未填"), None,
         None),
        ("产出指标", "数量指标", "蛀干害虫防治株数", "≥5000株"),
        (None, "质量指标", mk(None, "F110", "error", note="有值无名"), "≥90%"),
        (None, "时效指标", "防治完成时间", "2026年9月30日前"),
        ("效益指标", "生态效益指标", "行道树蛀干害虫危害株率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "养护单位满意度", "≥90%"),
    ]  # fmt: skip
    table(s, HEAD4, rows)
    notes(s, "注：防治效果按防治后虫口减退率计算。")
    return b
