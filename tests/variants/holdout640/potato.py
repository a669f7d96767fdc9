"""紫薯订单种植: six project returns (fz07–fz12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout640.common import (
    COUNTY,
    HEAD4,
    HEAD_PERIOD,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout640.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("fz07-potato-order-notes", (4, 7),
         "project, OLD-NAT, headers 指标内容 / 绩效标准, a note row between tiers, 填表说明, "
         "signature and date lines, a 零增长 fertiliser target (correct)")  # fmt: skip
def fz07() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="蓼湾县紫薯订单种植基地建设项目", dept=COUNTY,
        unit="蓼湾县经济作物技术指导站", money=one_year(260, 200, 60),
        goals=["与蓼湾县薯源食品有限公司签订收购订单，发展紫薯订单种植3000亩（其中脱毒种薯"
               "示范田300亩），订单收购紫薯6000吨以上，带动种植户400户。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "紫薯订单种植面积", "≥3000亩"),
        (None, None, "脱毒种薯示范田面积", "≥300亩"),
        (None, None, "订单收购紫薯数量", "≥6000吨"),
        (None, None, "带动种植户数", "≥400户"),
        (None, "质量指标", "订单履约率", pct(0.95)),
        (None, None, "收购紫薯一级品率", "≥80%"),
        (None, "时效指标", "脱毒种苗发放完成时间", "2026年4月30日前"),
        (None, None, "订单收购完成时间", "2026年11月30日前"),
        (None, "成本指标", "脱毒种苗补助标准", "≤600元/亩"),
    ])  # fmt: skip
    note(s, "注：订单收购数量以收购企业过磅单为准，一级品率按收购时抽检结果统计。", 4)
    s.table([
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥1200元"),
        (None, "社会效益指标", "带动农村劳动力务工", "≥200人"),
        (None, "生态效益指标", "化肥使用量增长率", "≤0%"),
        (None, "可持续影响指标", "订单合作年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "订单种植户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：绩效标准应填写比较符、数值和计量单位；定性指标填写等级。", 4)
    sign(s, "鲁青禾", "0739-5526658", (2025, 12, 15))
    return b


@variant("fz08-potato-money-wrong", (12,),
         "project, OLD-NAT, one value column: 年度资金总额 ≠ 财政拨款 + 其他资金, households "
         "below the goal's, a subsidy per 亩 × area above the money")  # fmt: skip
def fz08() -> Book:
    b, s = start()
    total = mk(wan(150), "B101", "error", note="财政拨款120 + 其他资金20 = 140 ≠ 150")
    goal = ok("订单种植紫薯2000亩，订单收购价不低于2.2元/公斤，带动种植户300户，年内建成"
              "产地冷藏库1座。", "warning", note="D104 may also be reported here")  # fmt: skip
    project_head(
        s, year=2026, name="枫埠乡紫薯订单收购保障项目", dept=COUNTY,
        unit="蓼湾县枫埠乡人民政府", money=one_year(total, 120, 20), goals=[goal],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "订单种植面积", "≥2000亩"),
        (None, None, "带动种植户数",
         mk("≥260户", "D104", "warning", row=True, note="年度目标写带动种植户300户")),
        (None, None, "产地冷藏库建设数量", "=1座"),
        (None, "质量指标", "订单履约率", "≥95%"),
        (None, None, "冷藏库验收合格率", "100%"),
        (None, "时效指标", "冷藏库建成时间", "2026年9月30日前"),
        (None, "成本指标", "订单种植补贴标准",
         mk("≤800元/亩", "B107", "warning", row=True,
            note="800元/亩 × 2000亩 = 160万元，超过年度资金（写150万元，实为140万元），"
                 "冷藏库还另需资金")),
        ("效益指标", "经济效益指标", "订单收购均价", "≥2.2元/公斤"),
        (None, "社会效益指标", "带动农村劳动力务工", "≥100人"),
        ("满意度指标", "服务对象满意度指标", "订单种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹禾生", "0739-5519320", (2025, 12, 10))
    return b


@variant("fz09-potato-two-year", (1, 8),
         "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns, typed percent cells, "
         "the goal giving the period total with its years in brackets (correct)")  # fmt: skip
def fz09() -> Book:
    b, s = start()
    project_head(
        s, year=2026, years=2, name="苕岗市紫薯订单种植与加工联农项目",
        dept="苕岗市农业农村局（412）", unit="苕岗市农产品加工服务中心",
        money=multi_year((500, 420, 80), (240, 200, 40)),
        goals=["2026—2027年累计发展紫薯订单种植8000亩（2026年3500亩、2027年4500亩），订单收购"
               "紫薯1.6万吨，带动种植户900户。",
               "2026年发展紫薯订单种植3500亩，订单收购紫薯7000吨，带动种植户400户，为2027年"
               "扩种备足脱毒种薯。"],
    )  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "紫薯订单种植面积", "≥8000亩", "≥3500亩"),
        (None, None, "订单收购紫薯数量", "≥1.6万吨", "≥7000吨"),
        (None, None, "带动种植户数", "≥900户", "≥400户"),
        (None, "质量指标", "订单履约率", pct(0.95), pct(0.95)),
        (None, None, "收购紫薯一级品率", "≥80%", "≥75%"),
        (None, "时效指标", "订单收购完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "脱毒种薯补助标准", "≤500元/亩", "≤500元/亩"),
        ("效益指标", "经济效益指标", "种植户亩均纯收入", "≥1500元", "≥1500元"),
        (None, "社会效益指标", "带动农村劳动力务工", "≥3000人次", "≥1400人次"),
        (None, "可持续影响指标", "签订订单的加工企业", "≥2家", "≥1家"),
        ("满意度指标", "服务对象满意度指标", "订单种植户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "沈稼轩", "0745-3320918", (2025, 11, 25))
    return b


@variant("fz10-potato-year-leftover", (8,),
         "project, OLD-NAT, one value column: 年度目标 and a deadline left over from the 2025 "
         "season in a 2026 return")  # fmt: skip
def fz10() -> Book:
    b, s = start()
    goal = mk("推广紫薯高垄双行栽培1500亩，培训种植户200人次，2025年10月底前完成订单收购。",
              "Y103", "warning", alt=("Y101", "Y102"),
              note="2026年度项目的年度目标写2025年10月底前完成收购：上一季目标的残留")  # fmt: skip
    project_head(
        s, year=2026, name="芹塘镇紫薯订单种植技术推广项目", dept=COUNTY,
        unit="蓼湾县芹塘镇农业综合服务中心", money=one_year(60, 50, 10), goals=[goal],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "高垄双行栽培推广面积", "≥1500亩"),
        (None, None, "种植户培训人次", "≥200人次"),
        (None, "质量指标", "栽培技术到位率", "≥95%"),
        (None, "时效指标", "订单收购完成时间",
         mk("2025年10月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="期限早于项目期2026-01-01至2026-12-31：上年的日期")),
        (None, "成本指标", "技术推广补助标准", "≤300元/亩"),
        ("效益指标", "经济效益指标", "紫薯亩产增长率", "≥10%"),
        (None, "社会效益指标", "培育订单种植示范户", "≥30户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲晴川", "0739-5524417", (2025, 12, 18))
    return b


@variant("fz11-potato-system-export", (4, 7),
         "budget-system export: money on sheet 部门项目支出预算05-1, the indicator table on "
         "部门项目支出绩效目标05-2 with the header on the third row and codes in the first "
         "columns, a 说明 line under it (correct)")  # fmt: skip
def fz11() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 18, 30, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：蓼湾县农业农村局", None, None, None, "金额单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("307001", "2026-307-0118", "紫薯脱毒种薯繁育基地建设项目", wan(95), wan(80), wan(15))
    s.row("年度绩效目标", "建设紫薯脱毒种薯繁育基地200亩，繁育脱毒种薯400吨，供应订单基地"
          "4000亩用种。", merge=[(2, 6)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 12, 14, 26, 14, 10))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位：蓼湾县农业农村局")
    code = ("307001", "2026-307-0118")
    rows = [
        ("产出指标", "数量指标", "脱毒种薯繁育基地面积", "≥200", "亩"),
        ("产出指标", "数量指标", "脱毒种薯繁育量", "≥400", "吨"),
        ("产出指标", "数量指标", "供种订单基地面积", "≥4000", "亩"),
        ("产出指标", "质量指标", "种薯脱毒检测合格率", "≥98", "%"),
        ("产出指标", "时效指标", "种薯入库完成时间", "2026年11月30日前", None),
        ("产出指标", "成本指标", "繁育基地建设补助标准", "≤0.35", "万元/亩"),
        ("效益指标", "经济效益指标", "订单基地亩均节约用种成本", "≥150", "元"),
        ("效益指标", "可持续影响指标", "订单基地种薯自给率", "≥60", "%"),
        ("满意度指标", "服务对象满意度指标", "用种户满意度", "≥90", "%"),
    ]
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    for line in rows:
        t.row(*code, *line)
    note(t, "说明：本表由预算管理一体化系统导出，计量单位列为系统字段。", 7)
    return b


@variant("fz12-potato-duplicates", (7,),
         "project, OLD-NAT, one value column: an area indicator repeated under 质量, a "
         "satisfaction rate under 社会效益, the 履约率 twice with different values")  # fmt: skip
def fz12() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="鹭垸区紫薯订单农业产销对接项目", dept="鹭垸区农业农村局（215）",
        unit="鹭垸区农产品流通服务中心", money=one_year(80, 70, 10),
        goals=["对接紫薯加工企业2家，发展紫薯订单种植2500亩，订单收购紫薯5000吨，举办产销"
               "对接会3场。"],
    )  # fmt: skip
    indicators(s, (*HEAD4[:3], "预期目标"), [
        ("产出指标", "数量指标", "订单种植面积", "≥2500亩"),
        (None, None, "订单收购紫薯数量", "≥5000吨"),
        (None, None, "产销对接会场次", "≥3场"),
        (None, None, "对接紫薯加工企业", "≥2家"),
        (None, "质量指标", "订单履约率", "≥95%"),
        (None, None,
         mk("订单种植面积", "D101", "warning", row=True, alt=("F201", "D103"),
            note="与数量指标下的“订单种植面积 ≥2500亩”重复，且面积不是质量指标"), "≥2500亩"),
        (None, "时效指标", "订单收购完成时间", "2026年11月30日前"),
        (None, "成本指标", "产销对接会办会成本", "≤3万元/场"),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥1000元"),
        (None, "社会效益指标",
         mk("订购企业满意度", "F201", "warning", row=True,
            note="满意度填在社会效益下，应属满意度指标"), "≥90%"),
        (None, None, "紫薯区域品牌知名度", "提升"),
        (None, "可持续影响指标",
         mk("订单合同履约率", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与质量指标“订单履约率 ≥95%”是同一指标，值却为≥90%"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "订单种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "宁穗禾", "0736-7709135", (2025, 12, 11))
    return b
