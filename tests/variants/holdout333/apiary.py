"""Colonies kept and queen breeding: ue01 to ue06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout333.common import (
    HEAD,
    department_book,
    indicators,
    multi_year,
    one_year,
    project_book,
    wan,
)
from tests.variants.holdout333.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

DEPT = "椴阳县农业农村局（318004）"


@variant("ue01-colony-percent", (1,),
         "project, OLD-NAT, operator column and unit column, typed percent cells, 万元 in the "
         "number format (correct)")  # fmt: skip
def colony_percent() -> Book:
    b, s = project_book(
        year=2026, name="椴阳县中蜂标准化养殖扶持项目", dept=DEPT, unit="椴阳县蜂业发展中心",
        money=one_year(85, 70, 15), goals=["扶持40个中蜂标准化蜂场，推广活框蜂箱3000箱。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "扶持中蜂标准化蜂场", "≥", 40, "个"),
        (None, None, "推广活框蜂箱", "≥", 3000, "箱"),
        (None, "质量指标", "蜂群越冬保存率", "≥", pct(0.9), "%"),
        (None, None, "蜂箱验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "补助资金兑付时限", "≤", 30, "个工作日"),
        (None, "成本指标", "活框蜂箱补助标准", "≤", 150, "元/箱"),
        (None, None, "标准化蜂场建设补助", "≤", 1, "万元/个"),
        ("效益指标", "经济效益指标", "项目蜂场户均增收", "≥", 3000, "元"),
        (None, "社会效益指标", "带动脱贫户养蜂", "≥", 120, "户"),
        (None, "生态效益指标", "中蜂授粉覆盖林果面积", "≥", 2.5, "万亩"),
        (None, "可持续影响指标", "中蜂遗传资源保护", "定性", "有效保护", None),
        ("满意度指标", "服务对象满意度指标", "受扶持蜂农满意度", "≥", pct(0.925, "0.00%"), "%"),
    ]  # fmt: skip
    indicators(s, rows, head=(*HEAD[:3], "指标性质", "指标值", "计量单位"))
    return b


@variant("ue02-queen-stacked", (2,),
         "two queen-breeding projects stacked in one sheet, OLD-NAT, one value column; the second "
         "project's money and one rate are wrong")  # fmt: skip
def queen_stacked() -> Book:
    b, s = project_book(
        sheet="绩效目标表", year=2026, name="荆川市中华蜜蜂良种繁育场建设",
        dept="荆川市农业农村局", unit="荆川市蜂种场", money=one_year(60, 50, 10),
        goals=["建成育王场1处，年育中蜂良种蜂王4000只。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "年育良种蜂王", "≥4000只"),
        (None, "质量指标", "种王产卵力达标率", "≥90%"),
        (None, "时效指标", "育王场完工时间", "2026年9月30日前"),
        (None, "成本指标", "育王场建设费用", "≤45万元"),
        ("效益指标", "社会效益指标", "良种蜂王供应蜂场", "≥200个"),
        (None, "可持续影响指标", "良种繁育体系运行", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "蜂农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    money2 = one_year(
        mk(money(48, WAN), "B101", "error", row=True, note="30 + 12 = 42，不是 48"),
        30, 12,
    )  # fmt: skip
    project_head(s, year=2026, name="荆川市蜂王人工授精技术推广", dept="荆川市农业农村局",
                 unit="荆川市蜂种场", money=money2, title="",
                 goals=["推广蜂王人工授精技术，授精蜂王600只。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "人工授精蜂王", "≥600只"),
        (None, "质量指标", "授精蜂王交尾成功率",
         mk("600只", "T105", "error", note="成功率给的是只数")),
        (None, "时效指标", "授精作业完成时间", "2026年7月31日前"),
        (None, "成本指标", "单只蜂王授精成本", "≤300元/只"),
        ("效益指标", "社会效益指标", "良种蜂王供应蜂场", "≥60个"),
        ("满意度指标", "服务对象满意度指标", "蜂农满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("ue04-queen-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）, 1.), an indicator score column, a rate raised in 百分点 (correct)")  # fmt: skip
def queen_points() -> Book:
    b, s = project_book(
        year=2026, name="椴阳县中蜂良种蜂王推广项目", dept=DEPT, unit="椴阳县蜂种繁育场",
        money=one_year(58, 58, 0), goals=["引进种王20只，培育并分发良种蜂王5000只。"],
    )  # fmt: skip
    rows = [
        ("一、成本指标（15分）", "（一）经济成本指标", "种王引进单价", "≤3000元/只", 8),
        (None, None, "人工授精耗材费用", "≤6万元", 7),
        ("二、产出指标（40分）", "1.数量指标", "培育良种蜂王", "≥5000只", 8),
        (None, None, "建设交尾群", "≥800群", 6),
        (None, None, "引进种王", "≥20只", 6),
        (None, "2.质量指标", "蜂王产卵力合格率", "≥90%", 10),
        (None, "3.时效指标", "种王分发完成时间", "2026年8月31日前", 10),
        ("三、效益指标（35分）", "（一）经济效益指标", "换王蜂群单产提高", "≥10%", 10),
        (None, "（二）社会效益指标", "良种蜂王覆盖率提高", "≥5百分点", 10),
        (None, None, "带动养蜂户", "≥300户", 5),
        (None, "（三）可持续影响指标", "地方中蜂种质资源保存", "持续保存", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "领王蜂农满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, rows, head=(*HEAD, "分值"))
    s.row(None, None, "合计", None, 100)
    return b


@variant("ue05-colony-multi-year", (8,),
         "three-year colony project, NAT-2021, 中期 and 年度 columns: cumulative counts copied "
         "from 中期, one annual count above its period count")  # fmt: skip
def colony_multi_year() -> Book:
    b, s = project_book(
        year=2026, years=3, name="荆川市山区中蜂产业带建设", dept="荆川市农业农村局",
        unit="荆川市蜂业技术推广站", money=multi_year((450, 400, 50), (150, 130, 20)),
        goals=["三年建成标准化蜂场60个，推广中蜂1.5万群。", "2026年建成标准化蜂场20个。"],
    )  # fmt: skip
    d202 = "三年期累计数，年度照抄中期"
    rows = [
        ("产出指标", "数量指标", "新建标准化蜂场", "≥60个",
         mk("≥60个", "D202", "warning", note=d202)),
        (None, None, "推广中蜂蜂群", "≥1.5万群",
         mk("≥1.5万群", "D202", "warning", note=d202)),
        (None, None, "培训蜂农", "≥900人次",
         mk("≥1200人次", "D201", "error", note="年度 1200 大于三年 900")),
        (None, "质量指标", "蜂群越冬保存率", "≥90%", "≥90%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "标准化蜂场建设补助", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "经济效益指标", "项目区蜂农户均增收", "≥5000元", "≥2000元"),
        (None, "生态效益指标", "中蜂授粉覆盖面积", "≥6万亩", "≥2万亩"),
        ("满意度指标", "服务对象满意度指标", "蜂农满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, head=(*HEAD[:3], "中期指标值", "年度指标值"))
    return b


@variant("ue06-breeding-direction", (11,),
         "project, NAT-2021, operators inside the values: a 反向 death rate with ≥, a cost with =, "
         "a success rate above 100%")  # fmt: skip
def breeding_direction() -> Book:
    b, s = project_book(
        year=2026, name="椴阳县蜂王交尾场提升改造", dept=DEPT, unit="椴阳县蜂种繁育场",
        money=one_year(32, 28, 4), goals=["改造交尾场2处，年供交尾蜂王3000只。"],
    )  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "交尾群维持费用",
         mk("=45元/群", "T108", "warning", row=True, note="成本上限用了“=”")),
        ("产出指标", "数量指标", "改造交尾场", "≥2处"),
        (None, None, "年供交尾蜂王", "≥3000只"),
        (None, "质量指标", "处女王交尾成功率",
         mk("≥102%", "T106", "error", note="成功率超过 100%")),
        (None, None, "种王运输死亡率",
         mk("≥3%", "T108", "warning", row=True, note="反向指标用了“≥”")),
        (None, "时效指标", "交尾场改造完成时间", "2026年5月31日前"),
        ("效益指标", "经济效益指标", "换王蜂群蜂蜜单产提高", "≥8%"),
        (None, "可持续影响指标", "交尾场运行年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "蜂农满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    return b


@variant("ue03-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, key tasks adding to 项目支出 (correct)")  # fmt: skip
def flat_department() -> Book:
    tasks = [
        ("蜂群保有量监测", "全县蜂群存栏调查与监测点运行", wan(60), "掌握蜂群底数"),
        ("中蜂良种繁育", "育王场运行与良种蜂王分发", wan(70), "良种覆盖提升"),
        ("蜂病防控", "蜂螨与幼虫病综合防治", wan(50), "不发生区域性疫情"),
        ("金额合计", None, wan(180), None),
    ]
    b, s = department_book(
        year=2026, dept="椴阳县蜂业发展中心", tasks=tasks,
        budget=[(wan(320), wan(300), wan(20), wan(140), wan(180))],
        goal="稳定全县蜂群保有量，提升中蜂良种化水平，防控蜂病。",
    )  # fmt: skip
    s.skip()
    s.row("部门整体绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("全县蜂群保有量", 15, "万群", "≥", 3.2),
        ("新育中蜂良种蜂王", 15, "只", "≥", 6000),
        ("蜂群监测点覆盖率", 10, "%", "≥", 95),
        ("蜂病抽检阳性率", 10, "%", "≤", 5),
        ("蜂病疫情处置及时率", 10, "%", "=", 100),
        ("蜂农技术培训", 10, "人次", "≥", 800),
        ("蜂农养蜂收入增长率", 10, "%", "≥", 8),
        ("蜂群越冬死亡率", 10, "%", "≤", 12),
        ("蜂农满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    return b
