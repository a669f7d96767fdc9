"""Single project returns: percent cells, tier labels, header words, a second sheet, template
rows (cf01–cf06)."""

from __future__ import annotations

from tests.variants.holdout542.common import TIER_HEAD, first, indicators, note, project, sign, w
from tests.variants.holdout542.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("cf01-kudzu-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format,"
         " a 下降率 with ≥ and 0起 on an incident count (correct)")  # fmt: skip
def cf01() -> Book:
    b, s = first()
    project(s, "雾垭乡葛根淀粉加工提质项目", "岫云县雾垭乡农业服务中心",
            [("年度资金总额", w(180), "其中：财政拨款", w(150)), (None, None, "其他资金", w(30))],
            ["改造葛根淀粉沉淀池12个，年加工鲜葛根3000吨以上，"
             "淀粉抽检合格率98%以上。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "葛根鲜根收购加工量", "≥", 3000, "吨"),
        (None, None, "改造淀粉沉淀池", "=", 12, "个"),
        (None, "质量指标", "葛根淀粉产品抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "淀粉成品水分含量", "≤", 14, "%"),
        (None, "时效指标", "沉淀池改造完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "鲜根收购加工补贴标准", "≤", 200, "元/吨"),
        (None, None, "沉淀池改造单价", "≤", 5, "万元/个"),
        ("效益指标", "经济效益指标", "带动葛根种植户户均增收", "≥", 1500, "元"),
        (None, "社会效益指标", "加工环节安全生产事故", "=", 0, "起"),
        (None, "生态效益指标", "淀粉废渣综合利用率", "≥", pct(0.9), "%"),
        (None, None, "加工废水COD排放浓度下降率", "≥", pct(0.15), "%"),
        ("满意度指标", "服务对象满意度指标", "葛根种植户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, OP_HEAD)
    sign(s, "向德林", "0746-5823317")
    return b


@variant("cf02-kudzu-percent-wrong", (1, 11, 12),
         "project, OLD-NAT, operator column: parts above the annual total, a typed percent over"
         " 100 on a 合格率, ≥ on a unit cost")  # fmt: skip
def cf02() -> Book:
    b, s = first()
    total = mk(w(95), "B101", "error", row=True,
               note="财政拨款 80 + 其他资金 20 = 100 ≠ 年度资金总额 95")  # fmt: skip
    project(s, "鹞子岩乡葛根粉丝作坊标准化改造", "岫云县鹞子岩乡人民政府",
            [("年度资金总额", total, "其中：财政拨款", w(80)), (None, None, "其他资金", w(20))],
            ["改造葛根粉丝作坊8家，粉丝成品抽检合格，作坊环境达到食品小作坊标准。"])  # fmt: skip
    over = mk(pct(1.02), "T106", "error", row=True, note="合格率不能超过 100%（键入的 102%）")
    wrong = mk("≥", "T108", "warning", row=True, note="单位加工成本是反向指标，应为 ≤")
    rows = [
        ("产出指标", "数量指标", "完成标准化改造的粉丝作坊", "≥", 8, "家"),
        (None, None, "作坊从业人员食品安全培训", "≥", 60, "人次"),
        (None, "质量指标", "粉丝成品抽检合格率", "≥", over, "%"),
        (None, "时效指标", "作坊改造完成时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "单位粉丝加工能耗成本", wrong, 0.8, "元/公斤"),
        (None, None, "每家作坊改造补助", "≤", 10, "万元"),
        ("效益指标", "经济效益指标", "作坊粉丝年销售收入", "≥", 260, "万元"),
        (None, "社会效益指标", "带动季节性务工", "≥", 45, "人"),
        ("满意度指标", "服务对象满意度指标", "作坊业主满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, OP_HEAD)
    sign(s, "彭翠兰", "0746-5820941")
    return b


@variant("cf03-konjac-numbered-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）,"
         " （一）数量指标) and an indicator score column adding to the same 100"
         " (correct)")  # fmt: skip
def cf03() -> Book:
    b, s = first()
    project(s, "椿木坪镇魔芋精粉加工线建设项目", "岫云县椿木坪镇农业综合服务站",
            [("年度资金总额", w(260), "其中：财政拨款", w(200)), (None, None, "其他资金", w(60))],
            ["建成魔芋精粉生产线1条，收购加工鲜魔芋5000吨，带动种植户增收。"],
            attr="新增项目")  # fmt: skip
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "新建魔芋精粉生产线", "≥1条", 10),
        (None, None, "收购加工鲜魔芋", "≥5000吨", 10),
        (None, "（二）质量指标", "精粉葡甘聚糖含量达标率", "≥95%", 10),
        (None, "（三）时效指标", "生产线投产时间", "2025年11月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "生产线建设投资", "≤200万元", 10),
        (None, None, "鲜魔芋收购补贴标准", "≤100元/吨", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "带动魔芋种植户增收", "≥2000元/户", 10),
        (None, "（二）社会效益指标", "带动当地务工就业", "≥60人", 10),
        (None, "（三）可持续影响指标", "生产线设计使用年限", "≥15年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "魔芋种植户满意度", "≥90%", 10),
    ]
    indicators(s, rows, (*TIER_HEAD, "分值"))
    note(s, "注：一级指标后括号内为该级分值，三级指标分值之和与之相同，合计100分。")
    sign(s, "田秀芬", "0746-5831162")
    return b


@variant("cf04-konjac-wrong-parent", (5, 7),
         "project, OLD-NAT, abbreviated tier labels, headers 指标内容 and 绩效标准: a 时效 tier-2"
         " under 效益, a coverage rate given as a count of households")  # fmt: skip
def cf04() -> Book:
    b, s = first()
    project(s, "石垭乡魔芋软腐病综合防控与初加工", "岫云县石垭乡农业服务中心",
            [("年度资金总额", w(72), "其中：财政拨款", w(60)), (None, None, "其他资金", w(12))],
            ["推广魔芋软腐病综合防控2000亩，建设魔芋切片烘干点3处。"])  # fmt: skip
    parent = mk("时效", "F105", "error", row=True, note="时效指标属产出指标，不在效益指标之下")
    count = mk("120户", "T105", "error", note="覆盖率应为百分比，120户是户数")
    rows = [
        ("产出", "数量", "魔芋软腐病综合防控面积", "≥2000亩"),
        (None, None, "建设魔芋切片烘干点", "=3处"),
        (None, "质量", "防控区魔芋软腐病发病率", "≤8%"),
        (None, None, "防控技术培训覆盖率", count),
        (None, "成本", "烘干点建设补助", "≤15万元/处"),
        ("效益", "经济效益", "防控区魔芋亩均增产", "≥150公斤"),
        (None, parent, "烘干点投入使用时间", "2025年10月底前"),
        (None, "社会效益", "参与防控的种植户", "≥300户"),
        ("满意度", "服务对象满意度", "魔芋种植户满意度", "≥90%"),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "指标内容", "绩效标准"))
    sign(s, "覃正安", "0746-5847205")
    return b


@variant("cf05-kudzu-second-sheet", (4, 7),
         "project: head on the first sheet, the indicator table on a second sheet under header"
         " 预期实现值, a 注 row inside, 填表说明, signature and a fill date of the prior year"
         " (correct)")  # fmt: skip
def cf05() -> Book:
    b, s = first("项目信息")
    project(s, "龙潭坳村葛根切片烘干设备购置", "岫云县龙潭坳村股份经济合作社",
            [("年度资金总额", w(64), "其中：财政拨款", w(50)), (None, None, "其他资金", w(14))],
            ["购置葛根切片烘干设备4台，年烘干鲜葛根800吨。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 20))
    t.title("2025年度项目绩效指标表", 4)
    t.row("一级指标", "二级指标", "三级指标", "预期实现值")
    t.table([
        ("产出指标", "数量指标", "购置葛根烘干设备", "≥4台"),
        (None, None, "鲜葛根切片烘干量", "≥800吨"),
        (None, "质量指标", "烘干葛根片含水率达标率", "≥95%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年8月31日前"),
        (None, "成本指标", "烘干设备购置单价", "≤12万元/台"),
    ], merged=(1, 2))  # fmt: skip
    note(t, "注：鲜葛根按切片前称重计算，含水率按国家相关标准检测。", 4)
    t.table([
        ("效益指标", "经济效益指标", "葛根片销售收入", "≥300万元"),
        (None, "可持续影响指标", "设备正常运行年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    t.skip()
    note(t, "填表说明：1.指标值须量化；2.成本指标按单价填写；3.本表一式三份。", 4)
    sign(t, "龙继红", "13907461528", day(2024, 12, 18))
    return b


@variant("cf06-konjac-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without"
         " a name, =95% on a satisfaction")  # fmt: skip
def cf06() -> Book:
    b, s = first()
    project(s, "鹰愁峡魔芋种芋储藏窖建设", "岫云县鹰愁峡乡农业服务中心",
            [("年度资金总额", w(45), "其中：财政拨款", w(45)), (None, None, "其他资金", w(0))],
            ["新建魔芋种芋储藏窖15座，种芋越冬损耗率控制在10%以内。"])  # fmt: skip
    empty = mk("生态效益指标", "F109", "warning", row=True, note="模板留下的二级指标，无三级指标")
    noname = mk(None, "F110", "error", note="有指标值 ≥98%，却没有三级指标名称")
    equal = mk("=95%", "T107", "warning", note="满意度写 =95%，应为 ≥95%")
    rows = [
        ("产出指标", "数量指标", "新建种芋储藏窖", "≥15座"),
        (None, "质量指标", "储藏窖验收合格率", "=100%"),
        (None, None, noname, "≥98%"),
        (None, "时效指标", "储藏窖建成时间", "2025年10月15日前"),
        ("成本指标", "经济成本指标", "单座储藏窖建设成本", "≤3万元"),
        ("效益指标", "经济效益指标", "种芋越冬损耗率", "≤10%"),
        (None, empty, None, None),
        (None, "可持续影响指标", "储藏窖使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "魔芋种植户满意度", equal),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "预期目标"))
    sign(s, "滕远航", "0746-5852679")
    return b
