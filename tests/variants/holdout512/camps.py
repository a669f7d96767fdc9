"""Herders' winter camps (冬窝子): sheds, wells, disaster stocks; flat lists and 中期/年度."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout512.common import (
    OLD4,
    book,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
)
from tests.variants.holdout512.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

STATION = "额布勒图县草原工作站"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
MY = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("bb07-camp-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a 下降率 with ≥, 0起 on accidents, weights 100 (correct)")  # fmt: skip
def bb07() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=STATION, budget=[(320, 300, 20, 120, 200)],
                    goal="完成冬窝子棚圈维修150座、牧道饮水点12个，保障牲畜安全越冬。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("冬窝子棚圈维修数量", 20, "座", "≥", 150),
        ("牧道饮水点建设数量", 15, "个", "≥", 12),
        ("转场牲畜越冬死亡率", 15, "%", "≤", pct(0.02)),
        ("冬春草场退化面积下降率", 15, "%", "≥", pct(0.1)),
        ("转场期间人畜伤亡事故", 10, "起", "≤", 0),
        ("棚圈维修完成及时率", 10, "%", "≥", pct(0.95)),
        ("牧户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("bb08-camp-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a "
         "money value under a 座 unit, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def bb08() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="察布尔图苏木人民政府", budget=[(180, 160, 20, 70, 110)],
                    goal="新建冬窝子暖棚18座，转场途中牲畜走失率控制在3%以内。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("冬窝子暖棚新建数量",
         mk("36万元", "T112", "error", note="值的单位万元与计量单位座不符"), "正向", "座", 25),
        ("暖棚验收合格率", "≥95%", "正向", "%", 20),
        ("转场途中牲畜走失率",
         mk("≥3%", "T108", "warning", row=True, note="反向指标却写≥"), "反向", "%", 20),
        ("暖棚建成时间", "2025年10月31日前", "正向", None, 10),
        ("牧户满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 25+20+20+10+20 = 95，应为100")
    return b


@variant("bb09-camp-multi-year", (8, 10),
         "three-year project, OLD-NAT, 中期 and 年度 columns, counts smaller each year, rates "
         "equal, a death-rate cut in 百分点 (correct)")  # fmt: skip
def bb09() -> Book:
    b, s = book()
    project(s, "冬窝子定居点棚圈提升工程", multi_year((300, 270, 30), (100, 90, 10)),
            ["三年改造冬窝子棚圈300座、新打机井45眼，牲畜越冬死亡率降低2个百分点。",
             "2025年改造棚圈100座、新打机井15眼。"], years=3)  # fmt: skip
    indicators(s, MY, [
        ("产出指标", "数量指标", "改造棚圈数量", "≥300座", "≥100座"),
        (None, None, "新打机井数量", "≥45眼", "≥15眼"),
        (None, "质量指标", "棚圈改造验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成时间", "每年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "每座棚圈改造补助", "≤0.9万元/座", "≤0.9万元/座"),
        ("效益指标", "经济效益指标", "牲畜越冬死亡率降低", "≥2百分点", "≥1百分点"),
        (None, "可持续影响指标", "棚圈设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b


@variant("bb10-camp-multi-year-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, two "
         "cumulative counts copied into the annual column")  # fmt: skip
def bb10() -> Book:
    b, s = book()
    goal = "整治夏秋牧场至冬窝子转场牧道120公里，建设饮水点30个。"
    copied = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project(s, "转场牧道整治项目", multi_year((360, 330, 30), (120, 110, 10)),
            [goal, copied], years=3)  # fmt: skip
    indicators(s, MY, [
        ("产出指标", "数量指标", "整治牧道里程", "≥120公里",
         mk("≥120公里", "D202", "warning", note="累计里程照抄中期值")),
        (None, None, "建设牧道饮水点数量", "≥30个",
         mk("≥30个", "D202", "warning", note="累计个数照抄中期值")),
        (None, "质量指标", "牧道整治验收合格率", "≥95%", "≥95%"),
        (None, "成本指标", "每公里牧道整治费用", "≤1万元/公里", "≤1万元/公里"),
        ("效益指标", "生态效益指标", "牧道沿线草场碾压破坏面积减少率", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "转场牧户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bb11-camp-footnotes", (4,),
         "project, OLD-NAT, one value column: a 填表说明 row in the table, the header "
         "repeated after a page break, footnotes, a signature dated the year before "
         "(correct)")  # fmt: skip
def bb11() -> Book:
    b, s = book()
    project(s, "冬窝子牧户防灾物资储备项目", one_year(75, 60, 15),
            ["储备饲草500吨、防寒毡帘800套，保障雪灾期间牧户安全越冬。"])  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "储备饲草数量", "≥500吨"),
        (None, None, "储备防寒毡帘数量", "≥800套"),
        (None, "质量指标", "物资入库验收合格率", "≥98%"),
        (None, "时效指标", "物资入库时间", "2025年10月15日前"),
    ])  # fmt: skip
    note(s, "填表说明：三级指标可根据项目实际增减，指标值须量化。")
    s.skip()
    indicators(s, OLD4, [
        ("产出指标", "成本指标", "饲草采购单价", "≤1200元/吨"),
        ("效益指标", "社会效益指标", "受灾牧户物资保障覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1.其他资金15万元为苏木自筹，用于物资运输；2.饲草按每吨1200元测算。")
    sign(s, "那仁其其格", "0479-6627315", day(2024, 12, 6, CN_DATE))
    return b


@variant("bb12-camp-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a 时效指标 left from the template with no indicator, "
         "a value without a name")  # fmt: skip
def bb12() -> Book:
    b, s = book()
    project(s, "冬窝子巡回医疗毡房服务项目", one_year(48, 48, 0),
            ["配置巡回医疗毡房4顶，冬季巡诊冬窝子牧户600户次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "配置巡回医疗毡房数量", "≥4顶"),
        (None, None, "冬季巡诊牧户户次", "≥600户次"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值却无指标名称"), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填指标"), None, None),
        ("成本指标", "经济成本指标", "每顶医疗毡房配置费用", "≤12万元/顶"),
        ("效益指标", "社会效益指标", "冬窝子牧户就诊距离缩短", "≥30公里"),
        ("满意度指标", "服务对象满意度指标", "巡诊牧户满意度", "≥90%"),
    ])  # fmt: skip
    return b
