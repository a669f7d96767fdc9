"""啤酒花 (hops) drying plant of 塔木齐县: fe13–fe18."""

from __future__ import annotations

from tests.variants.holdout619.common import (
    FARM,
    WIDTHS,
    YEAR,
    indicators,
    lines,
    note,
    one_year,
    project,
    sign,
    two_columns,
    wan,
)
from tests.variants.holdout619.common import (
    book as new_book,
)
from tests.variants.holdout619.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
DIRS = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "预期目标")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("fe13-hops-notes", (4,), "project, OLD-NAT, operators in words, unit column: a 注 row "
         "inside the table, the header repeated after a page break, detail lines, a footnote on "
         "the total, signature and a fill date in the year before (correct)")  # fmt: skip
def notes() -> Book:
    b, s = new_book()
    project(s, "塔木齐县啤酒花烘干厂节能改造项目", "塔木齐县啤酒花烘干厂",
            one_year(wan(260), wan(200), wan(60)),
            ["改造啤酒花烘干炉8台，新建烘干线1条，年烘干鲜啤酒花4500吨（其中订单收购"
             "3000吨），吨花烘干能耗下降12%。"], dept=FARM)  # fmt: skip
    indicators(s, WORDS, [
        ("产出指标", "数量指标", "烘干炉节能改造数量", "大于等于", 8, "台"),
        (None, None, "新建烘干线数量", "等于", 1, "条"),
        (None, None, "鲜啤酒花烘干量", "大于等于", 4500, "吨"),
        (None, "质量指标", "烘干啤酒花含水率达标率", "大于等于", 95, "%"),
    ])  # fmt: skip
    note(s, "注：含水率达标指烘干后啤酒花含水率控制在9%—11%。")
    indicators(s, WORDS, [
        ("产出指标", "时效指标", "节能改造完成时间", "小于等于", day(2025, 7, 31, CN_DATE), None),
        (None, "成本指标", "烘干炉单台改造费用", "小于等于", 25, "万元/台"),
        ("效益指标", "经济效益指标", "吨花烘干能耗下降率", "大于等于", 12, "%"),
        (None, "社会效益指标", "带动季节性用工", "大于等于", 300, "人"),
        (None, None, "安全生产事故发生数", "等于", 0, "起"),
        (None, "生态效益指标", "烘干燃煤消耗量", "小于等于", 1800, "吨"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    s.skip()
    lines(s, [("烘干炉节能改造", wan(200)), ("烘干线设备", wan(45)), ("配套电力", wan(15))],
          wan(260))  # fmt: skip
    note(s, "注：合计260万元含企业自筹60万元（列其他资金）；订单收购3000吨含在烘干量4500吨内。")
    sign(s, "古丽娜·艾合买提", "0903-7718254", day(2024, 11, 18, CN_DATE))
    return b


@variant("fe14-hops-direction", (11,), "project, OLD-NAT, 指标方向 column (正向/反向): a 反向 "
         "coal use with ≥, last year's deadline in the goal, a count below the goal's")  # fmt: skip
def direction() -> Book:
    b, s = new_book()
    goal = mk("烘干鲜啤酒花4000吨，2024年底前完成第二条烘干线改造并投入使用，吨花耗煤"
              "不超过0.6吨。", "Y103", "warning", alt=("Y102", "Y101"),
              note="2025年度项目的目标写2024年底前完成：上一年的文字")  # fmt: skip
    project(s, "阿依墩乡啤酒花烘干厂扩能项目", "阿依墩乡啤酒花烘干厂",
            one_year(wan(180), wan(150), wan(30)), [goal], dept=FARM)  # fmt: skip
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "鲜啤酒花烘干量", "正向",
         mk("≥3500", "D104", "warning", note="年度目标写烘干4000吨"), "吨"),
        (None, None, "烘干线改造数量", "正向", "=1", "条"),
        (None, "质量指标", "烘干花色泽合格率", "正向", "≥95", "%"),
        (None, "时效指标", "烘干线投入使用时间", "反向", "≤2025年8月15日", None),
        (None, "成本指标", "烘干线改造费用", "反向", "≤180", "万元"),
        ("效益指标", "生态效益指标", "吨花烘干耗煤量",
         mk("反向", "T108", "warning", row=True, alt=("D104",), note="反向指标写成≥"),
         "≥0.6", "吨"),
        (None, "经济效益指标", "种植户交售收入增长率", "正向", "≥6", "%"),
        ("满意度指标", "服务对象满意度指标", "交售种植户满意度", "正向", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("fe15-hops-multi-year", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns with "
         "operators in words, period counts above annual ones, equal rates (correct)")  # fmt: skip
def multi_year() -> Book:
    b, s = new_book()
    project(s, "塔木齐县啤酒花标准化种植基地建设项目", "塔木齐县农业技术推广站",
            two_columns((wan(900), wan(750), wan(150)), (wan(300), wan(250), wan(50))),
            ["2025—2027年建成啤酒花标准化种植基地6000亩，配套烘干打包线3条，带动种植户800户。",
             "2025年建成标准化种植基地2000亩，配套烘干打包线1条，带动种植户300户。"],
            years=3, dept=FARM)  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "标准化种植基地面积", "不少于6000亩", "不少于2000亩"),
        (None, None, "烘干打包线建设数量", "等于3条", "等于1条"),
        (None, None, "带动种植户数", "不少于800户", "不少于300户"),
        (None, "质量指标", "啤酒花α-酸含量达标率", "不低于90%", "不低于90%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "基地亩均建设成本", "不超过0.1万元/亩", "不超过0.1万元/亩"),
        ("效益指标", "经济效益指标", "种植户户均增收", "不低于6000元", "不低于5000元"),
        (None, "生态效益指标", "节水灌溉覆盖率", "不低于80%", "不低于60%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "不低于90%", "不低于90%"),
    ])  # fmt: skip
    return b


@variant("fe16-hops-template", (6, 13), "project, NAT-2021, header 预期目标: a 时效 tier-2 left "
         "from the template, a value without a name, one count twice")  # fmt: skip
def template() -> Book:
    b, s = new_book()
    project(s, "塔木齐县啤酒花烘干厂除尘设施改造项目", "塔木齐县啤酒花烘干厂",
            one_year(wan(75), wan(60), wan(15)),
            ["改造烘干车间除尘设备5套，年烘干鲜啤酒花4000吨，颗粒物排放全部达标。"],
            dept=FARM)  # fmt: skip
    indicators(s, ONE, [
        ("成本指标", "经济成本指标", "除尘设备单套改造费用", "≤12万元/套"),
        ("产出指标", "数量指标", "除尘设备改造数量", "≥5套"),
        (None, None, "啤酒花烘干量", "≥4000吨"),
        (None, None, "啤酒花鲜花烘干量",
         mk("≥4200吨", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与上一行是同一指标，多“鲜花”二字，值不同；目标写4000吨")),
        (None, "质量指标", "颗粒物排放达标率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有指标值没有三级指标名称"), "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("效益指标", "生态效益指标", "烘干车间粉尘浓度下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fe17-hops-second-sheet", (7, 9), "project in 元 (unit only in the number format), "
         "head on the first sheet, the table on a second sheet under 预期实现值, =100% as text "
         "(correct)")  # fmt: skip
def second_sheet() -> Book:
    b, s = new_book("项目基本信息")
    yuan = [["年度资金总额", money(850000, YUAN), "其中：财政拨款", money(700000, YUAN)],
            ["其他资金", money(150000, YUAN), None, None]]  # fmt: skip
    project(s, "塔木齐县啤酒花颗粒压制设备购置项目", "塔木齐县啤酒花烘干厂", yuan,
            ["采购啤酒花颗粒压制机2台，年压制啤酒花颗粒1200吨。"], dept=FARM,
            money_label="项目资金（元）")  # fmt: skip
    note(s, "绩效指标见“绩效指标”工作表。")
    t = b.sheet("绩效指标", WIDTHS)
    t.title(f"{YEAR}年度项目绩效指标", 6)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "颗粒压制机采购数量", "=2台"),
        (None, None, "啤酒花颗粒压制量", "≥1200吨"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备到货安装时间", "2025年6月30日前"),
        (None, "成本指标", "压制机单台采购价格", "≤350000元/台"),
        ("效益指标", "经济效益指标", "颗粒花销售溢价率", "≥8%"),
        (None, "可持续影响指标", "设备设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "种植合作社满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("fe18-hops-money", (12,), "project, OLD-NAT, detail lines below the table: 年度资金 "
         "not its parts, detail lines not adding to their 合计")  # fmt: skip
def money_wrong() -> Book:
    b, s = new_book()
    total = mk(wan(320), "B101", "error", note="财政拨款250 + 其他资金50 = 300，不是320")
    project(s, "塔木齐县啤酒花烘干厂仓储扩建项目", "塔木齐县啤酒花烘干厂",
            one_year(total, wan(250), wan(50)),
            ["扩建啤酒花成品仓库3000平方米，配套货架、叉车和消防设施，仓储能力达到2000吨。"],
            dept=FARM)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "成品仓库扩建面积", "≥3000平方米"),
        (None, None, "新增仓储能力", "≥2000吨"),
        (None, "质量指标", "工程竣工验收合格率", "=100%"),
        (None, "时效指标", "仓库投入使用时间", "2025年8月31日前"),
        (None, "成本指标", "仓库单位面积建设成本", "≤0.06万元/平方米"),
        ("效益指标", "经济效益指标", "成品花仓储损耗率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "啤酒花收购企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    lines(s, [("仓库土建", wan(180)), ("货架及叉车", wan(70)), ("消防设施", wan(40))],
          mk(wan(320), "B102", "error", row=True, note="180+70+40=290，合计写320"))  # fmt: skip
    return b
