"""Multi-year projects, points, directions and template rows across both halves of the theme
(gd13–gd18): 中期 and 年度 columns, two levels of points, a direction column, empty rows."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout644.common import HEAD_PERIOD, funds, indicators, notes, start
from tests.variants.holdout644.registry import variant
from tests.variants.kit import Book, mk, ok, pct

AGRI = "鹭湾县农业农村局（317）"
IND = "鹭湾县工业和信息化局（402）"


@variant("gd13-snail-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates and unit costs equal in both (correct)")  # fmt: skip
def gd13() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="鹭湾县蜗牛良种繁育基地建设项目", dept=AGRI,
                 unit="鹭湾县水产畜牧站", money=funds(600, 500, 100, annual=(220, 180, 40)),
                 goals=["三年建成蜗牛良种繁育基地1处，累计供种2000万只，带动养殖户500户。",
                        "完成繁育车间一期建设，年供种600万只，带动养殖户150户。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "蜗牛良种供种量", "≥2000万只", "≥600万只"),
        (None, None, "带动养殖户", "≥500户", "≥150户"),
        (None, "质量指标", "良种纯度达标率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每万只种苗繁育成本", "≤1100元", "≤1100元"),
        ("效益指标", "经济效益指标", "养殖户户均增收", "≥5000元", "≥4000元"),
        (None, "可持续影响指标", "良种繁育技术规程", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD_PERIOD, rows)
    return b


@variant("gd14-cricket-annual-above", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
         "the 中期目标 text copied into 年度目标")  # fmt: skip
def gd14() -> Book:
    b, s = start()
    goal = "三年建设蟋蟀标准化养殖小区3个，发展养殖户200户，年产虫粉150吨。"
    project_head(s, year=2025, years=3, name="鹭湾县蟋蟀标准化养殖小区建设项目", dept=AGRI,
                 unit="鹭湾县水产畜牧站", money=funds(450, 400, 50, annual=(160, 140, 20)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="年度目标逐字照抄中期目标")])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建设标准化养殖小区", "≥3个", "≥1个"),
        (None, None, "发展蟋蟀养殖户", "≥200户",
         mk("≥260户", "D201", "error", note="一年的户数大于三年实施期的200户")),
        (None, "质量指标", "虫粉批次检测合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度小区建成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每个小区建设补助", "≤150万元", "≤150万元"),
        ("效益指标", "经济效益指标", "虫粉销售收入", "≥1200万元", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD_PERIOD, rows)
    return b


@variant("gd15-feed-two-years-copied", (8, 1),
         "two-year feed-mill project, NAT-2021, 中期 and 年度 columns: cumulative counts copied "
         "into the year, a rate above 100 % in the year")  # fmt: skip
def gd15() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="县域饲料企业生产线智能化改造项目", dept=IND,
                 unit="鹭湾县饲料工业服务站", money=funds(380, 300, 80, annual=(200, 160, 40)),
                 goals=["两年完成4条饲料生产线智能化改造，培训操作人员120人次。",
                        "2025年完成2条生产线改造，培训操作人员60人次。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "智能化改造生产线", "≥4条",
         mk("≥4条", "D202", "warning", alt=("D104",), note="照抄中期；年度目标是2条")),
        (None, None, "培训操作人员", "≥120人次",
         mk("≥120人次", "D202", "warning", alt=("D104",), note="照抄中期；年度目标是60人次")),
        (None, "质量指标", "改造设备完好率", "≥98%",
         mk("≥105%", "T106", "error", note="完好率不能超过100%")),
        (None, "时效指标", "年度改造完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单条生产线改造补助", "≤90万元",
         ok("≤90万元", note="照抄的4条 × 90万元超过年度资金，同一缺口")),
        ("效益指标", "经济效益指标", "改造企业人均产能提升", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "改造企业满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD_PERIOD, rows)
    return b


@variant("gd16-points-two-levels", (10, 5),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, a protein yield raised in 百分点 (correct)")  # fmt: skip
def gd16() -> Book:
    b, s = start(widths=(16, 8, 16, 30, 16, 8))
    project_head(
        s,
        year=2025,
        name="昆虫蛋白饲料车间工艺升级项目",
        dept=IND,
        unit="鹭湾县恒牧饲料厂",
        money=funds(180, 150, 30),
        goals=["升级蟋蟀粉脱脂工艺1套，虫粉蛋白提取率提高3个百分点以上。"],
    )
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    rows = [
        ("产出指标", 40, "数量指标", "升级脱脂工艺设备", "≥1套", 15),
        (None, None, "质量指标", "脱脂虫粉粗蛋白含量", "≥65%", 15),
        (None, None, "时效指标", "工艺升级完成时间", "2025年10月31日前", 10),
        ("成本指标", 20, "经济成本指标", "脱脂工艺设备购置", "≤150万元", 20),
        ("效益指标", 30, "经济效益指标", "虫粉蛋白提取率提高", "≥3百分点", 15),
        (None, None, "生态效益指标", "脱脂溶剂回收率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "饲料客户满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, head, rows, merged=(1, 2, 3))
    notes(s, "说明：一级指标分值与三级指标分值各自合计100分，按三级指标分值评分。")
    return b


@variant("gd17-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, "
         "bare values with a unit column: a 下降率 with ≥, 0起 with ≤ (correct)")  # fmt: skip
def gd17() -> Book:
    b, s = start(widths=(14, 14, 28, 10, 10, 12, 10))
    project_head(
        s,
        year=2025,
        name="蟋蟀养殖废弃物无害化处理项目",
        dept=AGRI,
        unit="枫坳镇农业综合服务站",
        money=funds(70, 60, 10),
        goals=["建设虫粪发酵池10个，虫粪无害化处理率达到90%以上。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "建设虫粪发酵池", "正向", "≥", 10, "个"),
        (None, "质量指标", "虫粪无害化处理率", "正向", "≥", pct(0.9), "%"),
        (None, "时效指标", "发酵池建成时间", "反向", "≤", 8, "月"),
        (None, "成本指标", "单个发酵池建设成本", "反向", "≤", 6, "万元"),
        ("效益指标", "生态效益指标", "养殖场氨气浓度下降率", "正向", "≥", pct(0.3), "%"),
        (None, "社会效益指标", "虫粪污染投诉", "反向", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "正向", "≥", pct(0.88), "%"),
    ]  # fmt: skip
    indicators(s, head, rows)
    return b


@variant("gd18-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, the template's example row left in")  # fmt: skip
def gd18() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="蜗牛蛋白饲料原料预处理车间改造项目",
        dept=IND,
        unit="鹭湾县恒牧饲料厂",
        money=funds(88, 80, 8),
        goals=["改造蜗牛原料蒸煮烘干车间1处，年处理鲜蜗牛800吨。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "预期目标")
    rows = [
        ("产出指标", "数量指标", "改造原料预处理车间", "≥1处"),
        (None, None, "鲜蜗牛年处理量", "≥800吨"),
        (None, None, mk("如：培训人次", "X101", "error", row=True,
                        note="模板示例行未删除"), "≥**人次"),
        (None, "质量指标", "烘干蜗牛粉水分达标率", "≥95%"),
        (None, "时效指标", mk("", "F110", "error", note="有值无名"), "2025年9月30日前"),
        ("成本指标", "经济成本指标", "车间改造总成本", "≤88万元"),
        ("效益指标", "经济效益指标", "蜗牛粉销售收入", "≥400万元"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板留下的二级指标，无指标"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "下游饲料客户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, head, rows)
    return b
