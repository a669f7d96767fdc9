"""Oasis irrigation (绿洲灌区) projects: 中期 and 年度 columns, a table on a second sheet,
template rows, a budget-system export and conversion artefacts."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout460.common import (
    TIERS,
    YEAR,
    book,
    cash,
    indicators,
    multi_year,
    one_year,
    signature,
)
from tests.variants.holdout460.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

PERIOD_HEAD = (*TIERS, "中期指标值", "年度指标值", "备注")


@variant("zb07-oasis-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts smaller in the year, "
         "rates, unit costs and design life equal in both (correct)")  # fmt: skip
def oasis_multi_year() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=YEAR, years=3, attr="新增项目", name="枣泉灌区防渗渠道与滴灌改造工程",
                 dept="枣泉县水利局（402）", unit="枣泉县灌区管理所",
                 money=multi_year((1260, 1080, 180), (420, 360, 60)),
                 goals=["三年新建防渗渠道48公里、改造滴灌24000亩，压减地下水超采。",
                        "本年新建防渗渠道16公里、改造滴灌8000亩。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "新建防渗渠道", "≥48公里", "≥16公里"),
        (None, None, "滴灌改造面积", "≥24000亩", "≥8000亩"),
        (None, "质量指标", "渠道工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "防渗渠道单位造价", "≤14万元/公里", "≤14万元/公里"),
        (None, None, "滴灌改造亩均投资", "≤0.02万元/亩", "≤0.02万元/亩"),
        ("效益指标", "社会效益指标", "受益人口", "≥18000人", "≥6000人"),
        (None, "生态效益指标", "地下水超采量减少", "≥600万立方米", "≥200万立方米"),
        (None, "可持续影响指标", "工程设计使用年限", "≥20年", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "热合曼", "0995-8391274")
    return b


@variant("zb08-oasis-multi-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied into "
         "the year, one annual count above its period count")  # fmt: skip
def oasis_multi_year_copied() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=YEAR, years=2, attr="新增项目", name="沙枣滩灌区节水配套工程",
                 dept="沙枣滩县水利局（417）", unit="沙枣滩县水利工程建设中心",
                 money=multi_year((980, 900, 80), (360, 330, 30)),
                 goals=["两年内新建防渗渠道60公里、节水闸门240座、田间管道120公里。",
                        "本年新建防渗渠道30公里、节水闸门120座、田间管道60公里。"])  # fmt: skip
    copied = "两年期项目中累计数量的年度值照抄中期值"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "新建防渗渠道", "≥30公里",
         mk("≥30公里", "D202", "warning", note=copied)),
        (None, None, "节水闸门安装", "≥120座", mk("≥120座", "D202", "warning", note=copied)),
        (None, None, "田间输水管道", "≥60公里",
         mk("≥75公里", "D201", "error", note="年度值大于中期值，累计数量不可能")),
        (None, "质量指标", "渠道工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "防渗渠道单位造价", "≤6万元/公里", "≤6万元/公里"),
        ("效益指标", "社会效益指标", "新增节水灌溉面积", "≥30000亩", "≥15000亩"),
        (None, "生态效益指标", "农业灌溉用水量下降率", "≥8%", "≥4%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "库尔班", "0995-8248816")
    return b


@variant("zb09-oasis-second-sheet", (7, 1),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "预期实现值, a unit column, percent cells, a 指标值设定依据 column (correct)")  # fmt: skip
def oasis_second_sheet() -> Book:
    b, s = book("项目基本信息")
    project_head(s, year=YEAR, name="葡香镇绿洲灌区斗渠衬砌工程", dept="葡谷县水利局（216）",
                 unit="葡香镇水利管理站", money=one_year(236, 200, 36),
                 goals=["衬砌斗渠9公里，配套分水闸36座，提高灌溉水利用效率。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 14, 12, 18))
    t.title(f"{YEAR}年度项目绩效指标", 6)
    indicators(t, (*TIERS, "预期实现值", "计量单位", "指标值设定依据"), [
        ("产出指标", "数量指标", "斗渠衬砌长度", 9, "公里", "计划标准"),
        (None, None, "分水闸配套数量", 36, "座", "计划标准"),
        (None, "质量指标", "衬砌工程验收合格率", pct(0.95), "%", "行业标准"),
        (None, "时效指标", "灌溉季前完工率", pct(0.9), "%", "计划标准"),
        (None, "成本指标", "斗渠衬砌单位成本", "≤20万元/公里", None, "历史标准"),
        (None, None, "分水闸单位成本", "≤1.2万元/座", None, "历史标准"),
        ("效益指标", "经济效益指标", "亩均灌溉用水量下降率", "≥8%", "%", "计划标准"),
        (None, "社会效益指标", "受益农户", "≥520户", "户", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", pct(0.9), "%", "行业标准"),
    ])  # fmt: skip
    signature(t, "米吉提", "0995-8533640")
    return b


@variant("zb10-oasis-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a rate given as a count, "
         "a tier-2 left from the template with no indicator")  # fmt: skip
def oasis_template_rows() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="红沙梁灌区斗渠配套改造项目", dept="赤坂县水利局（305）",
                 unit="红沙梁灌区管理站", money=one_year(175, 150, 25),
                 goals=["衬砌斗渠12公里，配套节制闸40座，改善2600亩农田灌溉条件。"])  # fmt: skip
    indicators(s, (*TIERS, "预期目标", "备注"), [
        ("产出指标", "数量指标", "斗渠衬砌长度", "≥12公里"),
        (None, None, mk(None, "F110", "error", note="有指标值≥40座，没有三级指标名称"), "≥40座"),
        (None, "质量指标", "衬砌工程验收合格率", "≥95%"),
        (None, None, "节制闸启闭设备完好率",
         mk("40台", "T105", "error", note="完好率应为百分比")),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "斗渠衬砌单位成本", "≤9万元/公里"),
        (None, None, "节制闸单位成本", "≤1.2万元/座"),
        ("效益指标", "社会效益指标", "改善灌溉面积", "≥2600亩"),
        (None, "生态效益指标", "渠系输水损失率", "≤12%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "努尔兰", "0995-8674158")
    return b


@variant("zb11-oasis-export", (7, 5),
         "budget-system export: sheets 05-1 and 05-2, header on the third row, codes in the "
         "first columns, abbreviated and ★ tier labels, operators in words (correct)")  # fmt: skip
def oasis_export() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 18, 16, 28, 12, 12, 12))
    s.row(f"{YEAR}年部门项目支出预算表", merge=[(1, 7)])
    s.row("单位：枣泉县水利局", None, None, None, None, None, "金额单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("402001", "枣泉县灌区管理所", "65042225T0031", "东干渠坎儿井补水节水改造",
          money(318), money(300), money(18))  # fmt: skip
    s.row("合计", None, None, None, money(318), money(300), money(18))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 12, 12, 10, 12, 26, 12, 10, 10))
    t.row(f"{YEAR}年部门项目支出绩效目标表", merge=[(1, 9)])
    t.row("单位：枣泉县水利局", merge=[(1, 9)])
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "度量单位")  # fmt: skip
    code = ("402001", "65042225T0031", "东干渠坎儿井补水节水改造")
    for line in [
        ("产出", "★数量", "东干渠防渗改造长度", "大于等于", 15, "公里"),
        ("产出", "★数量", "坎儿井补水口建设", "大于等于", 6, "处"),
        ("产出", "质量", "工程验收合格率", "大于等于", 95, "%"),
        ("产出", "时效", "灌溉季前通水时间", "小于等于", day(YEAR, 4, 15), None),
        ("产出", "成本", "防渗改造单位成本", "小于等于", 19, "万元/公里"),
        ("效益", "社会效益", "受益农户", "大于等于", 1300, "户"),
        ("效益", "生态效益", "干渠输水损失率", "小于等于", 10, "%"),
        ("满意度", "服务对象满意度", "用水户满意度", "大于等于", 90, "%"),
    ]:
        t.row(*code, *line)
    return b


@variant("zb12-oasis-artefacts", (9,),
         "project, OLD-NAT, one value column: a total split by a space, a plan date left as a "
         "serial in a text cell, a unit cost rounded to 0")  # fmt: skip
def oasis_artefacts() -> Book:
    b, s = book()
    fmt = '0.0000"万元"'
    total = mk("386.452 5", "X105", "warning", alt=("X103",), note="读作386.4525")
    project_head(s, year=YEAR, name="白杨沟灌区渠道清淤与量水设施项目",
                 dept="砾原县水利局（301）", unit="白杨沟灌区管理站",
                 money=one_year(total, cash(300, fmt), cash(86.4525, fmt), fmt),
                 end=mk("45961", "X104", "warning", note="2025-10-31的日期序列号存成了文本"),
                 goals=["清淤支渠26公里，安装量水设施80处，实现斗口计量。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值", "备注"), [
        ("产出指标", "数量指标", "支渠清淤长度", "≥26公里"),
        (None, None, "量水设施安装", "≥80处"),
        (None, "质量指标", "量水设施检定合格率", "≥95%"),
        (None, "时效指标", "清淤完成时间", "2025年4月10日前"),
        (None, "成本指标", "支渠清淤单位成本",
         mk("≤0万元/公里", "T115", "error", note="单位过大四舍五入为0")),
        (None, None, "量水设施单位成本", "≤1.5万元/处"),
        ("效益指标", "经济效益指标", "斗口计量覆盖率", "≥90%"),
        (None, "社会效益指标", "用水纠纷发生次数", "≤3次"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "古丽娜", "0995-8164702")
    return b
