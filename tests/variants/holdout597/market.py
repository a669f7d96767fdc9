"""The county livestock market of 骅沟县: the market centre's department return, the animal
health office's return, a budget-system export, a two-row header, the market's extension over
three years and a price-monitoring return with template rows (ei13–ei18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout597.common import (
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout597.registry import variant
from tests.variants.kit import Book, mk, pct

MARKET = "骅沟县牲畜交易市场服务中心"
COMMERCE = "骅沟县商务和市场监督管理局（226004）"
TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ei13-market-department", (12, 4),
         "department, NAT-2021: budget and tasks add up, a note explaining 金额合计, 0起 on a "
         "dispute count, signature lines (correct)")  # fmt: skip
def market_department() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept=MARKET, budget=[
        (w(360), w(330), w(30), w(200), w(160))], tasks=[
        ("交易棚区维护", "棚区20000平方米日常维护", w(70), "棚区完好率95%以上"),
        ("检疫申报服务", "进场牲畜查验、申报受理", w(50), "进场查验率100%"),
        ("价格信息监测", "牲畜价格采集与发布", w(40), "每周发布价格信息"),
        ("金额合计", None, w(160), None),
    ], goal="维护交易棚区20000平方米，进场牲畜全部查验，全年无重大交易纠纷。")  # fmt: skip
    notes(s, "注：金额合计160万元为项目支出，与资金总额360万元之差为基本支出200万元。")
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "棚区维护单价", "≤35元/平方米"),
        ("产出指标", "数量指标", "维护交易棚区面积", "≥20000平方米"),
        (None, None, "发布牲畜价格周报", "≥52期"),
        (None, "质量指标", "进场牲畜查验率", pct(1.0)),
        (None, "时效指标", "检疫申报受理时限", "≤2小时"),
        ("效益指标", "社会效益指标", "重大交易纠纷事件", "=0起"),
        (None, "可持续影响指标", "交易棚区完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "交易户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁望舟", "0391-5874420")
    s.row("单位负责人", "芮秋山", None, "审核人", "詹一苇")
    return b


@variant("ei14-health-office-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "an inspection count below the goal's")  # fmt: skip
def health_office_money() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept="骅沟县动物卫生监督所", budget=[
        (mk(w(280), "B101", "error", note="财政拨款260 + 其他20 = 280，基本150 + 项目110 = 260"),
         w(260), w(20), w(150), w(110))], tasks=[
        ("牲畜交易检疫", "交易市场出入场检疫", w(60), "检疫出入场牲畜5万头"),
        ("运输车辆备案", "牲畜运输车辆备案监管", w(25), "备案车辆全部核查"),
        ("检疫证明电子化", "电子出证终端维护", w(30), "电子出证率98%以上"),
        ("金额合计", None, mk(w(110), "B102", "error", note="60 + 25 + 30 = 115，不是110"),
         None),
    ], goal="全年在县牲畜交易市场检疫出入场牲畜5万头，运输车辆备案核查全覆盖。")  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "单头牲畜检疫成本", "≤12元/头"),
        ("产出指标", "数量指标", "交易市场检疫牲畜数量",
         mk("≥4万头", "D104", "warning", row=True, note="年度总体目标和任务都写5万头")),
        (None, None, "核查运输车辆", "≥260辆"),
        (None, "质量指标", "检疫电子出证率", "≥98%"),
        (None, "时效指标", "检疫申报受理时限", "≤1小时"),
        ("效益指标", "社会效益指标", "经交易市场传播疫情", "=0起"),
        ("满意度指标", "服务对象满意度指标", "交易户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞砚池", "0391-5879316")
    return b


@variant("ei15-settlement-export", (7, 4),
         "budget-system export: 05-1 money sheet, 05-2 indicator sheet with header on row 3, codes "
         "in the first columns, header repeated after a page break (correct)")  # fmt: skip
def settlement_export() -> Book:
    b, s = new_book("部门项目支出预算05-1", (12, 20, 26, 12, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位名称：骅沟县牲畜交易市场服务中心", None, None, None, None, "金额单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row("417006", "41700625000000012", "牲畜交易电子结算系统升级", w(85), w(75), w(10), "1年")
    s.row("项目绩效目标", "升级电子结算终端40台，接入交易商户300户，2025年6月底前上线。",
          merge=[(2, 7)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 20, 22, 16, 18, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位名称：骅沟县牲畜交易市场服务中心")
    head = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code = ("417006", "41700625000000012", "牲畜交易电子结算系统升级")
    indicators(t, head, [
        (*code, "产出指标", "数量指标", "升级电子结算终端", "≥40台"),
        (*code, None, None, "接入交易商户", "≥300户"),
        (*code, None, "质量指标", "电子结算准确率", pct(0.999, "0.0%")),
        (*code, None, "时效指标", "系统升级上线时间", "2025年6月30日前"),
        (*code, "成本指标", "经济成本指标", "单台终端购置价格", "≤1.2万元/台"),
    ], merged=(4, 5))  # fmt: skip
    t.skip()
    indicators(t, head, [
        (*code, "效益指标", "经济效益指标", "市场日均电子结算交易额", "≥300万元"),
        (*code, None, "社会效益指标", "现金交易纠纷投诉", "≤3起"),
        (*code, "满意度指标", "服务对象满意度指标", "交易商户满意度", "≥90%"),
    ], merged=(4, 5))  # fmt: skip
    return b


@variant("ei16-epidemic-two-row-header", (7, 11),
         "project, OLD-NAT, two-row header (指标值 over 指标性质 · 目标值 · 计量单位), "
         "operators in words, a 反向 漏检率 with 小于等于, a 下降率 with 大于等于 "
         "(correct)")  # fmt: skip
def epidemic_two_row_header() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="骅沟县牲畜交易市场疫病防控项目", dept=COMMERCE,
                 unit=MARKET, money=one_year(45, 45, 0), goals=[
                     "进场牲畜查验60000头（只），交易场所每周消毒2次，"
                     "全年不发生市场传播疫情。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "指标性质", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "进场牲畜查验", "大于等于", 60000, "头（只）"),
        (None, None, "交易场所消毒", "大于等于", 104, "次"),
        (None, "质量指标", "进场牲畜查验率", "等于", pct(1.0), "%"),
        (None, "时效指标", "疫情报告时限", "小于等于", 2, "小时"),
        (None, "成本指标", "消毒药品费用", "小于等于", 12, "万元"),
        ("效益指标", "社会效益指标", "市场疫情漏检率", "小于等于", pct(0.005, "0.0%"), "%"),
        (None, None, "病原阳性检出下降率", "大于等于", pct(0.2), "%"),
        (None, "可持续影响指标", "消毒台账完整率", "大于等于", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "进场交易户满意度", "大于等于", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "谭照溪", "0391-5872258")
    return b


@variant("ei17-market-extension", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: a shed count below the goal's, a "
         "cumulative count copied to 年度, a 105% in 中期")  # fmt: skip
def market_extension() -> Book:
    b, s = new_book()
    project_head(s, year=2025, years=3, name="骅沟县牲畜交易市场改扩建项目", dept=COMMERCE,
                 unit=MARKET, attr="新增项目",
                 money=multi_year((900, 800, 100), (300, 260, 40)), goals=[
                     "2025年—2027年新建交易棚区3个、扩建停车场12000平方米，累计服务交易牲畜"
                     "45万头（只）。",
                     "2025年新建交易棚区1个、扩建停车场4000平方米，"
                     "服务交易牲畜15万头（只）。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新建交易棚区",
         mk("≥2个", "D104", "warning", row=True, note="中期目标写新建交易棚区3个"), "≥1个"),
        (None, None, "扩建停车场面积", "≥12000平方米", "≥4000平方米"),
        (None, None, "服务交易牲畜", "≥45万头（只）",
         mk("≥45万头（只）", "D202", "warning",
            note="三年累计数照抄到年度列，年度目标写15万头（只）")),
        (None, "质量指标", "工程验收合格率",
         mk("=105%", "T106", "error", note="中期列合格率超过100%，年度列为=100%"), "=100%"),
        (None, "时效指标", "棚区主体完工时间", "2027年10月31日前", "2025年11月30日前"),
        (None, "成本指标", "棚区建设单价", "≤1500元/平方米", "≤1500元/平方米"),
        ("效益指标", "经济效益指标", "市场年交易额增长率", "≥15%", "≥5%"),
        (None, "社会效益指标", "带动周边就业", "≥120人", "≥40人"),
        ("满意度指标", "服务对象满意度指标", "交易户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯闻笛", "0391-5877043")
    return b


@variant("ei18-price-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: an empty tier-2 left from the template, a value "
         "without a name, a template placeholder")  # fmt: skip
def price_template_rows() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="骅沟县牲畜交易价格监测信息发布项目", dept=COMMERCE,
                 unit=MARKET, money=one_year(30, 30, 0), goals=[
                     "每周发布牲畜价格周报，每月发布价格月报，维持8个价格监测点位。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "价格采集员补助标准", "≤200元/人·月"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("产出指标", "数量指标", "发布牲畜价格周报", "≥50期"),
        (None, None, mk(None, "F110", "error", note="有指标值≥12期，三级指标名称为空"), "≥12期"),
        (None, "质量指标", "价格数据采集准确率", "≥98%"),
        (None, "时效指标", "周报发布时限", "≤2个工作日"),
        ("效益指标", "社会效益指标", "价格信息公众查询量",
         mk("≥XX人次", "X101", "error", note="模板占位符未替换")),
        (None, "可持续影响指标", "价格监测点位保持", "≥8个"),
        ("满意度指标", "服务对象满意度指标", "交易户对价格信息满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲晓岚", "0391-5870619")
    return b
