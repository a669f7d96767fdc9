"""Water quality monitoring returns (养殖水域水质监测): kfm13–kfm18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout835.common import book, notes, sign, table, wan, year_money
from tests.variants.holdout835.registry import variant
from tests.variants.kit import Book, day, mk, pct

W7 = (16, 16, 28, 12, 12, 14, 12)


@variant("kfm13-water-word-operators", (1, 11),
         "project, OLD-NAT, 指标性质 as operator in words, unit column, typed percent cells, "
         "a 下降率 with 大于等于 (correct)")  # fmt: skip
def water_word_operators() -> Book:
    b, s = book()
    project_head(s, year=2025, name="养殖池塘水质常规监测项目", dept="蓼洲县农业农村局（524）",
                 unit="蓼洲县水产技术推广站", money=year_money(10, 10),
                 goals=["对全县42个养殖池塘监测点每月监测1次，全年出具监测报告12期，"
                        "养殖水域水质超标率比上年下降10%以上。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "水质监测点位", "大于等于", 42, "个"),
        (None, None, "水质监测报告", "大于等于", 12, "期"),
        (None, "质量指标", "监测数据有效率", "大于等于", pct(0.98), "%"),
        (None, None, "监测数据差错率", "小于等于", pct(0.02), "%"),
        (None, "时效指标", "监测报告报送时限", "小于等于", 5, "个工作日"),
        (None, "成本指标", "单点年监测费用", "小于等于", 1200, "元/个"),
        ("效益指标", "生态效益指标", "养殖水域水质超标率下降率", "大于等于", pct(0.1), "%"),
        (None, "可持续影响指标", "监测数据共享平台", "等于", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "濮允之", "0734-6652019")
    return b


@variant("kfm14-water-direction-column", (11,),
         "project, NAT-2021, 指标性质 as direction and 指标方向 as operator, unit column: a 反向 "
         "rate with ≥, monitoring points below the goal's")  # fmt: skip
def water_direction_column() -> Book:
    b, s = book(widths=W7)
    project_head(s, year=2025, name="沅汀湾养殖尾水水质监测项目", dept="蓼洲县农业农村局（524）",
                 unit="沅汀湾渔业服务站", money=year_money(18, 15, 3),
                 goals=["在沅汀湾养殖区布设36个监测点，每季度监测1次，"
                        "全年监测144点次。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "尾水监测点位", "正向", "≥",
         mk(30, "D104", "warning", row=True, note="年度目标写布设36个监测点"), "个"),
        (None, None, "全年监测点次", "正向", "≥", 144, "点次"),
        (None, "质量指标", "监测数据差错率", "反向",
         mk("≥", "T108", "warning", row=True, note="差错率是反向指标，应为≤"), 2, "%"),
        (None, "时效指标", "超标预警响应时间", "反向", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "单点次监测费用", "反向", "≤", 1000, "元"),
        ("效益指标", "生态效益指标", "养殖尾水达标排放率", "正向", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "冼晏清", "0734-6652288")
    return b


@variant("kfm15-water-export", (4, 7),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes in the "
         "first columns, header on the third row, a 注 row, a repeated header "
         "(correct)")  # fmt: skip
def water_export() -> Book:
    b, m = book("部门项目支出预算05-1", (18, 30, 14, 14, 14))
    m.title("2025年部门项目支出预算表", 5)
    m.row("单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    m.row("52400125A0031", "养殖水域水质自动监测运维项目", wan(24), wan(20), wan(4))
    s = b.sheet("部门项目支出绩效目标05-2", (18, 26, 14, 16, 28, 16))
    s.title("2025年部门项目支出绩效目标表", 6)
    s.row("单位：蓼洲县水产技术推广站", None, None, None, None, "金额单位：万元")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "52400125A0031", "养殖水域水质自动监测运维项目"
    table(s, head, [
        (code, name, "产出指标", "数量指标", "运维自动监测站", "≥6座"),
        (code, name, None, None, "水质在线监测数据上传", "≥8760条/站"),
        (code, name, None, "质量指标", "监测设备完好率", "≥95%"),
        (code, name, None, "时效指标", "设备故障修复时间", "≤48小时"),
        (code, name, None, "成本指标", "单站年运维费用", "≤3.5万元"),
    ], merged=(3, 4))  # fmt: skip
    notes(s, "注：单站年运维费用3.5万元 × 6座 = 21万元，其余3万元为数据平台费用。")
    table(s, head, [
        (code, name, "效益指标", "生态效益指标", "养殖水域超标预警及时率", "≥95%"),
        (code, name, None, "可持续影响指标", "监测数据连续运行", "≥3年"),
        (code, name, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    notes(s, "填表说明：指标值应包含比较符、数值和计量单位。")
    sign(s, "邬照临", "0734-6651170", filled=day(2024, 12, 6))
    return b


@variant("kfm16-water-template-rows", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
         "indicator, a value without a name")  # fmt: skip
def water_template_rows() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鲥港镇养殖水域水质抽检项目", dept="澜湄市农业农村局（811）",
                 unit="鲥港镇农业综合服务中心", money=year_money(12, 12),
                 goals=["抽检鲥港镇养殖水域水样400份，出具抽检报告4期。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "养殖水域水样抽检", "≥400份"),
        (None, None, "抽检报告", "≥4期"),
        (None, "质量指标", "抽检样品检测合格率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "单份水样检测费用", "≤250元"),
        ("效益指标", "生态效益指标", mk(None, "F110", "error", note="有指标值却没有名称"),
         "≥90%"),
        (None, "社会效益指标", "水质超标问题整改率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "晏鹤汀", "0691-2273548")
    return b


PTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("kfm17-water-points-short", (5, 10),
         "project, NAT-2021, abbreviated tier labels, a tier-1 score column and an indicator "
         "score column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def water_points_short() -> Book:
    b, s = book()
    project_head(s, year=2025, name="澜湄市养殖水域水质提升监测项目",
                 dept="澜湄市农业农村局（811）",
                 unit="澜湄市水产研究所", money=year_money(40, 35, 5),
                 goals=["监测全市养殖水域断面20个，年内出具季度报告4期，养殖水域水质达标率"
                        "比上年提高3个百分点。"])  # fmt: skip
    table(s, PTS, [
        ("产出", 50, "数量", "监测断面", "≥20个", 20),
        (None, None, None, "季度监测报告", "≥4期", 10),
        (None, None, "质量", "监测数据有效率", "≥98%", 10),
        (None, None, "时效", "季度报告报送时间", "季度结束后15日内", 10),
        ("成本", 10, "经济成本", "单断面年监测费用", "≤1.8万元", 10),
        ("效益", 30, "生态效益", "养殖水域水质达标率提高", "≥3百分点", 20),
        (None, None, "可持续影响", "监测数据年度比对", "建立并执行", 10),
        ("满意度", 10, "服务对象满意度", "养殖户满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "隗若川", "0691-2273611")
    return b


@variant("kfm18-water-points-wrong", (10, 5),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, a unit "
         "cost under 数量")  # fmt: skip
def water_points_wrong() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鲥港湾网箱养殖水质监测项目", dept="澜湄市农业农村局（811）",
                 unit="鲥港湾渔业服务站", money=year_money(25, 25),
                 goals=["监测鲥港湾网箱养殖区点位15个，全年监测12次，出具月报12期。"])  # fmt: skip
    table(s, PTS, [
        ("产出", mk(50, "W103", "error", note="其下分值 20 + 15 + 10 + 10 = 55"), "数量",
         "网箱区监测点位", "≥15个", 20),
        (None, None, None, mk("单点次监测费用", "F201", "warning", row=True,
                              note="成本指标填在数量指标下"), "≤1200元", 15),
        (None, None, "质量", "监测数据有效率", "≥98%", 10),
        (None, None, "时效", "月报报送时间", "次月10日前", 10),
        ("成本", 10, "经济成本", "年度监测总费用", "≤25万元", 10),
        ("效益", mk(30, "W103", "error", note="其下分值 15 + 10 = 25"), "生态效益",
         "网箱区水质达标率", "≥90%", 15),
        (None, None, "可持续影响", "水质预警机制", "建立并执行", 10),
        ("满意度", 10, "服务对象满意度", "养殖户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "詹望舒", "0691-2273790")
    return b
