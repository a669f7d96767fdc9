"""Sturgeon fry release (增殖放流): 中期 and 年度, directions, template rows, tier labels
(bh07–bh12)."""

from __future__ import annotations

from tests.variants.holdout518.common import head, one_year, period, start, table, w
from tests.variants.holdout518.registry import variant
from tests.variants.kit import Book, mk

STATION = "檀岭市珍稀鱼类增殖放流站"
H_TWO = ("一级指标", "二级指标", "三级指标", "目标值（中期）", "目标值（年度）")


@variant("bh07-multi-year-release", (8, 7), "three-year fry release project, OLD-NAT, 中期 "
         "and 年度 columns headed 目标值（中期） / 目标值（年度）, counts lower in the "
         "year (correct)")  # fmt: skip
def bh07() -> Book:
    b, s = start()
    goals = ["2025—2027年在鹤栖湖水库累计放流达氏鲟苗种60万尾，建立放流跟踪监测机制。",
             "2025年放流达氏鲟苗种20万尾，其中标志放流5000尾，开展回捕监测4次。"]  # fmt: skip
    head(s, "鹤栖湖水库达氏鲟增殖放流项目", STATION,
         period((w(450), w(400), w(50)), (w(150), w(130), w(20))), goals, years=3)  # fmt: skip
    table(s, H_TWO, [
        ("产出指标", "数量指标", "放流达氏鲟苗种", "≥60万尾", "≥20万尾"),
        (None, None, "标志放流", "≥1.5万尾", "≥5000尾"),
        (None, None, "放流后回捕监测", "≥12次", "≥4次"),
        (None, "质量指标", "放流苗种规格达标率", "≥95%", "≥95%"),
        (None, None, "放流苗种检疫合格率", "=100%", "=100%"),
        (None, "时效指标", "放流效果评估报告提交时间", "2027年6月30日前", "12月31日前"),
        (None, "成本指标", "苗种采购单价", "≤6元/尾", "≤6元/尾"),
        ("效益指标", "生态效益指标", "库区监测回捕鲟鱼", "≥300尾", "≥80尾"),
        (None, "社会效益指标", "增殖放流宣传受众", "≥3万人次", "≥1万人次"),
        (None, "可持续影响指标", "放流跟踪监测机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿库群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bh08-multi-year-copied", (8,), "three-year fry release project, OLD-NAT, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, two cumulative counts copied")  # fmt: skip
def bh08() -> Book:
    b, s = start()
    text = "在鹭鸣湖水库放流中华鲟苗种45万尾，开展放流活动6场，库区鲟鱼资源逐步恢复。"
    same = mk(text, "D204", "warning", note="年度目标 is the 中期目标 word for word")
    head(s, "鹭鸣湖水库中华鲟增殖放流三年行动", STATION,
         period((w(360), w(320), w(40)), (w(120), w(100), w(20))), [text, same],
         years=3)  # fmt: skip
    count = mk("≥45万尾", "D202", "warning", note="three-year cumulative count copied")
    events = mk("≥6场", "D202", "warning", note="three-year cumulative count copied")
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "放流中华鲟苗种", "≥45万尾", count),
        (None, None, "放流活动", "≥6场", events),
        (None, "质量指标", "放流苗种检疫合格率", "=100%", "=100%"),
        (None, "时效指标", "年度放流完成时间", "每年10月31日前", "10月31日前"),
        (None, "成本指标", "苗种采购单价", "≤2.5元/尾", "≤2.5元/尾"),
        ("效益指标", "生态效益指标", "库区鲟鱼资源量增长率", "≥10%", "≥3%"),
        (None, "社会效益指标", "增殖放流公众知晓率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "沿库群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bh09-operator-words", (11, 7), "project, OLD-NAT, two-row header with the "
         "operator in words in its own column, a 下降率 with 大于等于, 0 起 on an incident "
         "count (correct)")  # fmt: skip
def bh09() -> Book:
    b, s = start()
    goal = "在雁回水库放流施氏鲟苗种25万尾，开展放流活动4场，降低鲟鱼误捕死亡。"
    head(s, "雁回水库施氏鲟增殖放流项目", "霁川县渔政监督管理站",
         one_year(w(160), w(150), w(10)), [goal], dept="霁川县农业农村局（318）")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较方式", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "放流施氏鲟苗种", "大于等于", 25, "万尾"),
        (None, None, "放流活动", "大于等于", 4, "场"),
        (None, "质量指标", "放流苗种体长达标率", "大于等于", 95, "%"),
        (None, "时效指标", "单次苗种运输时长", "小于等于", 6, "小时"),
        (None, "成本指标", "苗种采购单价", "小于等于", 5.5, "元/尾"),
        ("效益指标", "生态效益指标", "鲟鱼误捕死亡下降率", "大于等于", 15, "%"),
        (None, "社会效益指标", "放流期间安全责任事故", "小于等于", 0, "起"),
        (None, "可持续影响指标", "库区禁渔巡查", "大于等于", 48, "次"),
        ("满意度指标", "服务对象满意度指标", "沿库群众满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("bh10-direction-column", (11,), "project, OLD-NAT, operators inside the values "
         "and a 指标性质 column of 正向/反向: a 反向 rate with ≥, a 正向 count with ≤, a cost "
         "with =")  # fmt: skip
def bh10() -> Book:
    b, s = start()
    goal = "在青笠水库放流史氏鲟苗种12万尾，其中标志放流8000尾，降低运输死亡。"
    head(s, "青笠水库史氏鲟增殖放流项目", "苍岩区水生动物保护站",
         one_year(w(90), w(80), w(10)), [goal], dept="苍岩区农业农村局（207）")  # fmt: skip
    dead = mk("≥3%", "T108", "warning", row=True, note="反向 death rate with ≥")
    tags = mk("≤8000尾", "T108", "warning", row=True, note="正向 count capped with ≤")
    cost = mk("=6元/尾", "T108", "warning", row=True, note="反向 unit cost with =, not ≤")
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标性质"), [
        ("产出指标", "数量指标", "放流史氏鲟苗种", "≥12万尾", "正向"),
        (None, None, "标志放流", tags, "正向"),
        (None, "质量指标", "苗种运输死亡率", dead, "反向"),
        (None, None, "放流苗种检疫合格率", "=100%", "正向"),
        (None, "时效指标", "放流完成时间", "11月30日前", "反向"),
        (None, "成本指标", "苗种采购单价", cost, "反向"),
        ("效益指标", "生态效益指标", "鲟鱼误捕死亡下降率", "≥10%", "正向"),
        (None, "社会效益指标", "放流活动参与群众", "≥600人次", "正向"),
        ("满意度指标", "服务对象满意度指标", "沿库群众满意度", "≥90%", "正向"),
    ])  # fmt: skip
    return b


@variant("bh11-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 left from "
         "the template without indicator, a value whose name cell is empty")  # fmt: skip
def bh11() -> Book:
    b, s = start()
    goal = "在岚桥水库放流鲟鱼苗种15万尾，开展放流宣传3场，群众满意度不低于90%。"
    head(s, "岚桥水库鲟鱼增殖放流项目", "霁川县渔政监督管理站",
         one_year(w(75), w(70), w(5)), [goal], dept="霁川县农业农村局（318）")  # fmt: skip
    empty = mk(None, "F110", "error", note="a value (≥3场) without an indicator name")
    left = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2, nothing under it")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "苗种采购单价", "≤4元/尾"),
        (None, left, None, None),
        ("产出指标", "数量指标", "放流鲟鱼苗种", "≥15万尾"),
        (None, None, empty, "≥3场"),
        (None, "质量指标", "放流苗种规格达标率", "≥95%"),
        (None, "时效指标", "放流完成时间", "10月31日前"),
        ("效益指标", "生态效益指标", "库区鲟鱼监测回捕", "≥50尾"),
        (None, "社会效益指标", "增殖放流公众知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "沿库群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bh12-numbered-labels", (5, 7), "transfer-payment project, OLD-NAT, numbered "
         "tier labels (一、 （一） 1.), ★ and * marks, abbreviations, header 预期实现值 "
         "(correct)")  # fmt: skip
def bh12() -> Book:
    b, s = start()
    goal = "支持三座冷水水库放流鲟鱼苗种40万尾，恢复库区珍稀鱼类种群。"
    head(s, "冷水水库珍稀鱼类增殖放流补助", "檀岭市渔业发展中心",
         one_year(w(200), w(160), w(40), "其中：中央补助", "地方资金"), [goal],
         title="2025年度渔业发展补助资金项目绩效目标表")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("一、产出指标", "（一）数量指标", "★1.放流鲟鱼苗种", "≥40万尾"),
        (None, None, "2.覆盖放流水库", "≥3座"),
        (None, "（二）质量", "★1.放流苗种检疫合格率", "=100%"),
        (None, "（三）时效", "1.放流完成时间", "10月31日前"),
        (None, "（四）成本指标", "1.苗种采购单价", "≤4.5元/尾"),
        ("二、效益指标", "*生态效益", "★1.放流水域鲟鱼资源监测点", "≥6个"),
        (None, "*社会效益", "1.增殖放流公众知晓率", "≥85%"),
        (None, "可持续影响", "1.放流苗种来源可追溯率", "=100%"),
        ("三、满意度指标", "（一）服务对象满意度", "★1.沿库群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
