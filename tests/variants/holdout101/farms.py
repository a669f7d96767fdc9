"""County 农业农村局 returns: 高标准农田, 耕地地力保护补贴, 生猪良种补贴, 农村劳动力培训,
畜禽粪污资源化利用 and the bureau's 部门整体 table (青禾县 and 柘溪县, invented)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout101.common import line, sign
from tests.variants.holdout101.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

W7 = (14, 16, 30, 10, 14, 12, 34)


@variant("lg01-farmland-per-mu", (1,), "project, OLD-NAT, 比较符 · 指标值 · 计量单位 · 指标解释, "
         "tiers merged, 补助标准 1600元/亩 × 4000亩 = the budget")  # fmt: skip
def lg01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", W7)
    project_head(
        s, year=2026, name="2026年青禾县高标准农田建设项目", dept="青禾县农业农村局 412",
        unit="青禾县农田建设服务中心", attr="延续项目",
        money=[("年度资金总额", money(640, WAN), "其中：财政拨款", money(640, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["在石岭、东坪两镇新建高标准农田4000亩，配套田间道路、灌排渠道和小型泵站，"
               "项目区粮食亩产提高50公斤以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标解释")
    s.table([
        ("产出指标", "数量指标", "新建高标准农田面积", "≥", 4000, "亩", "石岭2300亩、东坪1700亩"),
        (None, None, "新建田间道路", "≥", 12.5, "公里", "砂石路面，宽3米"),
        (None, None, "新建及改造灌排渠道", "≥", 18, "公里", "新建11公里，改造7公里"),
        (None, None, "新建小型泵站", "≥", 6, "座", None),
        (None, "质量指标", "工程验收合格率", "=", pct(1), "%", "县级初验、市级复验"),
        (None, "时效指标", "工程建设工期", "≤", 10, "月", "2026年2月开工"),
        (None, "成本指标", "亩均财政补助标准", "≤", 1600, "元/亩", "每亩1600元，共640万元"),
        ("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥", 50, "公斤", "与建设前三年平均比"),
        (None, "社会效益指标", "受益农户", "≥", 2100, "户", None),
        (None, "生态效益指标", "项目区亩均节水量", "≥", 40, "立方米", None),
        (None, "可持续影响指标", "工程设计使用年限", "≥", 15, "年", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%", "抽样问卷"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "刘春梅", "0738-5521406", "2025年11月18日")
    return b


@variant("lg02-land-subsidy-over-budget", (1, 11), "project, NAT-2021, values inline, tiers "
         "merged: 120元/亩 × 5.6万亩 above the budget, a 到户率 given in 户")  # fmt: skip
def lg02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 34, 12))
    project_head(
        s, year=2026, name="耕地地力保护补贴", dept="青禾县农业农村局", unit="青禾县农业农村局",
        attr="常年项目",
        money=[("年度资金总额", 600, "其中：财政拨款", 600), ("其他资金", 0, None, None)],
        goals=["按计税耕地面积向承包农户发放耕地地力保护补贴，补贴资金通过“一卡通”兑付到户。"],
    )  # fmt: skip
    b.file_mark("B107", "warning", note="120元/亩 × 5.6万亩 = 672万元 > 年度资金600万元")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注")
    s.table([
        ("产出指标", "数量指标", "补贴计税耕地面积", "≥5.6万亩", "以二轮承包面积为准", None),
        (None, None, "补贴发放农户", "≥3500户", None, None),
        (None, "质量指标", "补贴资金兑付到户率",
         mk("≥3500户", "T105", "error", note="a rate given as a count of households"), None, None),
        (None, None, "补贴面积公示率", "100%", "在村务公开栏公示", None),
        (None, "时效指标", "补贴资金兑付时间", "6月30日前", None, None),
        ("成本指标", "经济成本指标", "亩均补贴标准", "≤120元/亩", "每亩120元", None),
        ("效益指标", "经济效益指标", "户均增收", "≥170元", None, None),
        (None, "社会效益指标", "耕地撂荒面积", "≤300亩", None, None),
        (None, "生态效益指标", "耕地质量等级提升", "≥0.1等", None, None),
        (None, "可持续影响指标", "耕地地力保护长效机制", "建立并执行", None, None),
        ("满意度指标", "服务对象满意度指标", "补贴农户满意度", "≥90%", None, None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "邓林", "0738-5521377", "2025.11.20")
    return b


@variant("lg03-pig-per-head", (1,), "project, OLD-NAT, tiers filled down, 指标性质 as operator in "
         "words, 度量单位 column, 补助标准 300元/头 in 指标解释")  # fmt: skip
def lg03() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", W7)
    project_head(
        s, year=2026, name="生猪良种补贴项目", dept="柘溪县农业农村局",
        unit="柘溪县畜牧水产事务中心",
        money=[("年度资金总额", money(90, WAN), "其中：财政拨款", money(75, WAN)),
               ("其他资金", money(15, WAN), None, None)],
        goals=["对全县3000头能繁母猪使用良种精液给予补助，每头300元，提高生猪良种覆盖率。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标解释")
    s.table([
        ("产出指标", "数量指标", "补助能繁母猪", "大于等于", 3000, "头", "以乡镇核实数为准"),
        ("产出指标", "数量指标", "补助养殖户", "大于等于", 420, "户", None),
        ("产出指标", "质量指标", "良种精液质量合格率", "大于等于", pct(0.98), "%", "省级抽检"),
        ("产出指标", "时效指标", "补助资金发放完成时间", "小于等于", 10, "月", "当年10月底前"),
        ("产出指标", "成本指标", "每头补助标准", "小于等于", 300, "元/头", "每头300元，共90万元"),
        ("效益指标", "经济效益指标", "仔猪断奶成活头数增加", "大于等于", 0.5, "头/窝", None),
        ("效益指标", "社会效益指标", "生猪良种覆盖率", "大于等于", pct(0.92), "%", None),
        ("效益指标", "可持续影响指标", "良种繁育体系运行", "定性", "有效", None, None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "大于等于", pct(0.92), "%", None),
    ])  # fmt: skip
    sign(s, "覃志远", "0745-3318210", "2025年11月25日")
    return b


@variant("lg04-training-per-person", (1, 11), "project, OLD-NAT, 比较符 column, units "
         "inline: 1200元/人 × 2000人 above the budget, 合格率 in 人, 培训人数 twice with two "
         "targets")  # fmt: skip
def lg04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 18, 30))
    project_head(
        s, year=2026, name="高素质农民培育项目", dept="柘溪县农业农村局",
        unit="柘溪县农业技术推广站",
        money=[("年度资金总额", 180, "其中：财政拨款", 180), ("其他资金", 0, None, None)],
        goals=["培育高素质农民2000人，每人补助培训费1200元，培训合格后颁发结业证书。"],
    )  # fmt: skip
    b.file_mark("B107", "warning", note="1200元/人 × 2000人 = 240万元 > 180万元")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "指标解释")
    s.table([
        ("产出指标", "数量指标", "培训高素质农民人数", "≥", "2000人", "种植、养殖、经营管理三类"),
        (None, None, "开设培训班", "≥", "40期", "每期50人"),
        (None, None, "田间实训基地", "≥", "6个", None),
        (None, None, "培训高素质农民人数", "≥",
         mk("1800人", "D102", "error", row=True, alt=("D101",)), None),
        (None, "质量指标", "学员培训合格率", "≥",
         mk("1800人", "T105", "error", note="a rate given as a count"), "结业考核"),
        (None, "时效指标", "培训完成时间", "≤", "11月", None),
        (None, "成本指标", "人均培训补助标准", "≤", "1200元/人", "每人1200元"),
        ("效益指标", "经济效益指标", "学员人均年增收", "≥", "2000元", None),
        (None, "社会效益指标", "带动周边农户", "≥", "3000户", None),
        (None, "可持续影响指标", "学员跟踪服务期", "≥", "2年", None),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", "90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "田小芳", "0745-3318266", "2025-11-21")
    return b


@variant("lg05-bureau-department", (3,), "department, NAT-2021, budget block and key tasks adding "
         "up, 实施周期 and 年度 columns (equal: one year), tiers merged")  # fmt: skip
def lg05() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 18))
    department_head(
        s, year=2026, dept="青禾县农业农村局",
        budget=[(money(3860.5, WAN), money(3620.5, WAN), money(240, WAN), money(1260.5, WAN),
                 money(2600, WAN))],
        tasks=[("高标准农田建设", "新建高标准农田4000亩", money(640, WAN), "验收合格率100%"),
               ("耕地地力保护补贴", "按计税面积发放补贴", money(1560, WAN), "足额兑付到户"),
               ("动物疫病防控", "强制免疫、监测和无害化处理", money(400, WAN),
                "不发生区域性重大动物疫情"),
               ("金额合计", None, money(2600, WAN), None)],
        goal="完成年度高标准农田建设、耕地地力保护补贴兑付和动物疫病防控任务，保障粮食和重要农产品稳定供给。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "新建高标准农田", "≥4000亩", "≥4000亩", None),
        (None, None, "耕地地力保护补贴面积", "≥13万亩", "≥13万亩", "120元/亩"),
        (None, None, "畜禽强制免疫数量", "≥85万头（只）", "≥85万头（只）", None),
        (None, "质量指标", "强制免疫病种应免密度", pct(0.9), pct(0.9), "不低于90%"),
        (None, "时效指标", "补贴资金兑付时间", "6月30日前", "6月30日前", None),
        ("成本指标", "经济成本指标", "高标准农田亩均财政投入", "≤1600元/亩", "≤1600元/亩", None),
        ("效益指标", "经济效益指标", "粮食播种面积", "≥52万亩", "≥52万亩", None),
        (None, "社会效益指标", "区域性重大动物疫情发生次数", "0次", "0次", None),
        (None, "可持续影响指标", "耕地保护长效机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "农户满意度", pct(0.9), pct(0.9), "不低于90%"),
    ], merged=(1, 2))  # fmt: skip
    line(s, "注：资金总额3860.5万元＝基本支出1260.5万元＋项目支出2600万元。")
    sign(s, "王建华", "0738-5520018", "2025年11月20日")
    return b


@variant("lg06-manure-cost-year", (11,), "project, OLD-NAT, 比较符 and 计量单位 columns, "
         "tiers merged: a cost with ≥, plan dates a year before the title")  # fmt: skip
def lg06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W7)
    project_head(
        s, year=2026, name="畜禽粪污资源化利用整县推进项目", dept="柘溪县农业农村局",
        unit="柘溪县畜牧水产事务中心", attr="一次性项目",
        start=mk(day(2025, 1, 1), "Y101", "error", alt=("Y102",), required=False),
        end=mk(day(2025, 12, 31), "Y101", "error", alt=("Y102",), required=False),
        money=[("年度资金总额", money(350, WAN), "其中：财政拨款", money(300, WAN)),
               ("其他资金", money(50, WAN), None, None)],
        goals=["支持28个规模养殖场改造粪污处理设施，建设2个集中处理中心，畜禽粪污综合利用率达到90%以上。"],
    )  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",), note="title 2026, plan dates 2025-01-01…2025-12-31")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标解释")
    s.table([
        ("产出指标", "数量指标", "改造规模养殖场粪污处理设施", "≥", 28, "个", None),
        (None, None, "新建粪污集中处理中心", "≥", 2, "个", None),
        (None, None, "配套粪肥还田面积", "≥", 1.2, "万亩", None),
        (None, "质量指标", "设施验收合格率", "≥", pct(0.95), "%", None),
        (None, "时效指标", "项目完成时限", "≤", 12, "月", None),
        (None, "成本指标", "粪污处理单位成本",
         mk("≥", "T108", "warning", row=True), 45, "元/吨", "反向指标"),
        ("效益指标", "生态效益指标", "畜禽粪污综合利用率", "≥", pct(0.9), "%", None),
        (None, "经济效益指标", "有机肥替代化肥节支", "≥", 80, "万元", None),
        (None, "社会效益指标", "受益养殖户", "≥", 160, "户", None),
        (None, "可持续影响指标", "处理设施运行年限", "≥", 10, "年", None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "向东", "0745-3318290", "2025年11月22日")
    return b
