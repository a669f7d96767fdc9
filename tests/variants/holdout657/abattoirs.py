"""Returns gq07–gq12: turkey and emu slaughterhouses, cutting lines, cold chain and meat
testing."""

from __future__ import annotations

from tests.variants.holdout657.common import (
    HEAD4,
    HEAD_PERIOD,
    book,
    funds,
    funds2,
    indicators,
    notes,
    project_head,
    sign,
    wan,
)
from tests.variants.holdout657.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk


@variant("gq07-turkey-cutting-export", (4, 7),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under a "
         "header on the third row, project codes in the first columns, operators in words "
         "(correct)")  # fmt: skip
def gq07() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 28, 40, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：浔石县畜禽定点屠宰管理站", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "年度绩效目标", "资金总额", "财政拨款", "其他资金")
    code, name = "43112525T000000217", "浔石县火鸡屠宰分割车间升级项目"
    s.row(code, name, "改造火鸡屠宰分割线1条，年屠宰火鸡能力达到30万只，分割产品出厂"
          "检验合格率98%以上。", wan(140), wan(120), wan(20))  # fmt: skip
    s.row("合计", None, None, wan(140), wan(120), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 26, 12, 16, 28, 12, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：浔石县畜禽定点屠宰管理站")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "火鸡屠宰分割线改造条数", "等于", 1, "条"),
        ("产出指标", "数量指标", "年屠宰火鸡能力", "大于等于", 30, "万只"),
        ("产出指标", "质量指标", "分割产品出厂检验合格率", "大于等于", 98, "%"),
        ("产出指标", "时效指标", "分割线改造完工时间", "小于等于", day(2025, 9, 30), None),
        ("产出指标", "成本指标", "分割线改造成本", "小于等于", 110, "万元"),
        ("效益指标", "经济效益指标", "分割产品附加值提高幅度", "大于等于", 15, "%"),
        ("效益指标", "社会效益指标", "病害火鸡无害化处理率", "等于", 100, "%"),
        ("效益指标", "生态效益指标", "屠宰废水达标排放率", "等于", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "入场屠宰养殖户满意度", "大于等于", 90, "%"),
    ]
    t.table([(code, name, *r) for r in rows])
    notes(t, ["说明：本表由预算管理一体化系统导出，金额单位为万元。"], 8)
    return b


@variant("gq08-turkey-slaughter-inspection", (11,),
         "project, OLD-NAT, operator column and unit column: a subsidy × count above the money, "
         "≥ on an exceedance rate, a deadline before the project starts")  # fmt: skip
def gq08() -> Book:
    b, s = book()
    project_head(s, year=2025, name="北垣区火鸡定点屠宰检疫补助项目",
                 dept="北垣区农业农村和水务局（106004）", unit="北垣区动物卫生监督所",
                 money=funds(40, 35, 5),
                 goals=["对辖区定点屠宰厂的火鸡屠宰实施全程检疫，全年检疫火鸡3万只，"
                        "冷链暂存库于2025年10月底前投入使用。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "火鸡屠宰检疫数量", "≥", 30000, "只"),
        (None, None, "冷链暂存库建设数量", "=", 1, "座"),
        (None, "质量指标", "胴体微生物抽检超标率",
         mk("≥", "T108", "warning", row=True, note="超标率是反向指标，应为≤"), 2, "%"),
        (None, "时效指标", "冷链暂存库投入使用时间", "≤",
         mk(day(2024, 10, 31, CN_DATE), "Y102", "error", alt=("Y101", "Y103", "D104"),
            note="2025年项目的期限写成2024年（年度目标写2025年10月底前）"), None),
        (None, "成本指标", "检疫补助标准", "≤",
         mk(15, "B107", "warning", row=True, note="15元/只 × 3万只 = 45万元，超过资金总额40万元"),
         "元/只"),
        ("效益指标", "社会效益指标", "检出病害火鸡无害化处理率", "=", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "定点屠宰企业满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("gq09-turkey-cutting-footnotes", (4,),
         "project, OLD-NAT, one value column: a 注 row inside the table explaining a total, "
         "footnotes, 填表说明, signature and a fill date in the year before (correct)")  # fmt: skip
def gq09() -> Book:
    b, s = book()
    project_head(s, year=2025, name="梓川市火鸡分割加工标准化提升项目",
                 dept="梓川市农业农村局（301012）", unit="梓川市禽产品加工技术服务站",
                 money=funds(75, 60, 15),
                 goals=["完成2条火鸡分割生产线标准化改造，全年分割火鸡产品600吨，产品"
                        "抽检合格率达到98%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "分割生产线标准化改造数量", "≥2条"),
        (None, None, "火鸡分割产品产量", "≥600吨"),
        (None, "质量指标", "分割产品抽检合格率", "≥98%"),
        (None, None, "冷链运输温度达标率", "=100%"),
        (None, "时效指标", "生产线改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "单条生产线改造费用", "≤30万元/条"),
    ])  # fmt: skip
    notes(s, ["注：分割产品产量为胸肉、腿肉、翅根及副产品合计。"], 4)
    s.table([
        ("效益指标", "经济效益指标", "分割产品平均售价提高幅度", "≥8%"),
        (None, "社会效益指标", "带动当地就业人数", "≥30人"),
        ("满意度指标", "服务对象满意度指标", "合作养殖户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["填表说明：1.指标值须写明比较符和计量单位；2.定性指标按好、较好、一般、差填写。",
              "注：本表金额单位为万元。"])  # fmt: skip
    sign(s, "周砚青", "0537-6218843", day(2024, 11, 26, CN_DATE))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant("gq10-emu-processing-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "a quality rate under 时效, a coverage rate the year cannot reach")  # fmt: skip
def gq10() -> Book:
    b, s = book()
    goal = "建成鸸鹋屠宰分割线1条和鸸鹋油提炼车间1座，三年累计屠宰分割鸸鹋6000只。"
    project_head(s, year=2025, years=3, name="杏湾乡鸸鹋屠宰分割与鸸鹋油加工项目",
                 dept="浔石县农业农村局（217003）", unit="杏湾乡特种养殖专业合作联社",
                 attr="新增项目", money=funds2((900, 700, 200), (350, 280, 70)),
                 goals=[goal, mk(goal, "D204", "warning", note="照抄中期目标")])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("成本指标", "经济成本指标", "屠宰分割线建设成本", "≤400万元", "≤300万元"),
        ("产出指标", "数量指标", "鸸鹋屠宰分割数量", "≥6000只", "≥1500只"),
        (None, None, "鸸鹋油产量", "≥9吨", "≥2吨"),
        (None, "质量指标", "分割肉抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标",
         mk("鸸鹋油理化指标达标率", "F201", "warning", row=True, note="质量类比率填在时效指标下"),
         "≥95%", "≥95%"),
        (None, None, "分割线建设节点", "≤2026年6月", "≤2025年12月"),
        ("效益指标", "经济效益指标", "鸸鹋油产品销售收入", "≥600万元", "≥150万元"),
        (None, "社会效益指标", "屠宰鸸鹋检疫覆盖率", "=100%",
         mk("≥110%", "T106", "error", note="覆盖率不能超过100%")),
        ("满意度指标", "服务对象满意度指标", "合作养殖场满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gq11-turkey-cold-chain-points", (5, 10),
         "project 2026, NAT-2021, numbered tier labels with points, a tier score column and "
         "an indicator score column both adding to 100, a loss rate cut in 百分点 "
         "(correct)")  # fmt: skip
def gq11() -> Book:
    b, s = book()
    project_head(s, year=2026, name="枫泽县火鸡分割产品冷链配送项目",
                 dept="枫泽县农业农村局（420001）", unit="枫泽县农产品流通服务中心",
                 money=funds(110, 90, 20),
                 goals=["新增冷藏配送车3辆，全年冷链配送火鸡分割产品800吨，配送准时率"
                        "达到95%以上。"])  # fmt: skip
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("一、产出指标（50分）", 50, "1.数量指标", "冷藏配送车购置数量", "=3辆", 10),
        (None, None, None, "冷链配送分割产品量", "≥800吨", 15),
        (None, None, "2.质量指标", "配送途中温控达标率", "≥98%", 15),
        (None, None, "3.时效指标", "配送准时率", "≥95%", 10),
        ("二、成本指标（10分）", 10, "1.经济成本指标", "冷藏车单车购置成本", "≤28万元/辆", 10),
        ("三、效益指标（30分）", 30, "1.经济效益指标", "分割产品流通损耗率降低", "≥2百分点", 10),
        (None, None, "2.社会效益指标", "覆盖商超及学校食堂数量", "≥40家", 10),
        (None, None, "3.生态效益指标", "冷藏车尾气排放达标率", "=100%", 10),
        ("四、满意度指标（10分）", 10, "1.服务对象满意度指标", "采购单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("gq12-emu-meat-testing-template", (5, 6),
         "project, NAT-2021, abbreviated and starred tier labels: the same count under 数量 and "
         "社会效益, a rate given as a count, a template example row left in")  # fmt: skip
def gq12() -> Book:
    b, s = book()
    project_head(s, year=2025, name="浔石县鸸鹋分割肉品质检测能力建设项目",
                 dept="浔石县市场监督管理局（217011）", unit="浔石县食品检验检测中心",
                 money=funds(50, 45, 5),
                 goals=["购置肉品检测设备6台套，全年开展鸸鹋分割肉抽检400批次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("*成本", "经济成本", "检测设备购置成本", "≤30万元"),
        ("*产出", "数量", "检测设备购置数量", "≥6台套"),
        (None, None, "鸸鹋分割肉抽检批次", "≥400批次"),
        (None, "质量", "检测结果准确率", "≥98%"),
        (None, None, "兽药残留检测覆盖率",
         mk("400批次", "T105", "error", note="覆盖率写成了批次数")),
        (None, "时效", "检测报告出具时间", "≤5个工作日"),
        ("*效益", "社会效益",
         mk("鸸鹋分割肉抽检批次数", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
            note="与数量指标下的抽检批次是同一指标"), "≥400批次"),
        (None, "可持续影响", "XX产品市场占有率",
         mk("≥XX%", "X101", "error", row=True, note="模板示例行未删除")),
        ("*满意度", "服务对象满意度", "送检企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
