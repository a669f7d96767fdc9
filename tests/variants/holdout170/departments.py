"""部门整体 tables of the 170th held-out set, from county 分局 and the city 局: nx05, nx09
(correct) and nx16 (planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout170.common import indicators, sheet, signature, w
from tests.variants.holdout170.registry import variant
from tests.variants.kit import Book, day, mk


@variant("nx05-county-department-label-column", (3, 12), "department, NAT-2021, a merged "
         "绩效指标 label column left of the tiers, key tasks with 金额合计; "
         "=0起 on events")  # fmt: skip
def nx05() -> Book:
    b = Book()
    s = sheet(b, widths=(14, 14, 18, 30, 18, 14))
    department_head(
        s, year=2026, dept="临溪县生态环境分局",
        budget=[(w(1260.5), w(1180.5), w(80), w(840.5), w(420))],
        tasks=[
            ("大气污染防治网格化监管", "网格巡查、扬尘和露天焚烧管控", w(150),
             "优良天数比率完成市定目标"),
            ("农村生活污水设施运维", "全县处理设施第三方运维及在线监控", w(180),
             "设施稳定运行、出水达标"),
            ("环境执法与应急", "双随机执法检查、突发环境事件应急演练", w(90),
             "不发生较大以上突发环境事件"),
            ("金额合计", None, w(420), None),
        ],
        goal="持续改善全县生态环境质量，完成年度污染防治攻坚任务，守牢生态环境安全底线。",
        filled=day(2025, 11, 12),
    )  # fmt: skip
    indicators(s, ("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("年度绩效指标", "产出指标", "数量指标", "双随机执法检查企业", "≥260家"),
        (None, None, None, "运维的农村生活污水处理设施", "≥210座"),
        (None, None, None, "突发环境事件应急演练", "≥2次"),
        (None, None, "质量指标", "环境信访办结率", "≥95%"),
        (None, None, "时效指标", "环境信访受理时限", "≤5个工作日"),
        (None, "成本指标", "经济成本指标", "单座处理设施年运维费用", "≤0.8万元/座"),
        (None, "效益指标", "生态效益指标", "空气质量优良天数比率", "≥88%"),
        (None, None, None, "地表水考核断面水质优良比例", "≥90%"),
        (None, None, "社会效益指标", "较大及以上突发环境事件", "=0起"),
        (None, "满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "潘若溪", "蒙立新", "2025年11月12日")
    return b


@variant("nx09-city-department-weights", (3, 10), "department, NAT-2021, one value column and a "
         "权重 column adding up to 100 (产出 50, 成本 10, 效益 30, 满意度 10)")  # fmt: skip
def nx09() -> Book:
    b = Book()
    s = sheet(b, widths=(14, 18, 32, 18, 10, 14))
    department_head(
        s, year=2026, dept="青岚市生态环境局",
        budget=[(w(5830), w(5410), w(420), w(2630), w(3200))],
        tasks=[
            ("生态环境监测站运行", "自动监测站点运维、实验室分析", w(900),
             "监测数据有效、按时报送"),
            ("大气污染防治网格化监管", "全市网格巡查和重点时段管控", w(1200), "空气质量持续改善"),
            ("土壤污染状况调查", "重点建设用地调查评估", w(600), "建设用地安全利用"),
            ("环境执法装备购置", "执法终端、快检设备和无人机", w(500), "提升执法能力"),
            ("金额合计", None, w(3200), None),
        ],
        goal="全市细颗粒物浓度持续下降，地表水水质稳中向好，土壤环境风险得到管控，环境执法能力进一步提升。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("产出指标", "数量指标", "国省控空气自动监测站运行", "≥18个", 10),
        (None, None, "土壤污染状况调查地块", "≥150个", 10),
        (None, None, "执法检查企业", "≥1200家", 10),
        (None, "质量指标", "自动监测数据有效率", "≥90%", 10),
        (None, "时效指标", "突发环境事件应急响应时限", "≤1小时", 10),
        ("成本指标", "经济成本指标", "单个地块调查费用", "≤3.5万元/个", 10),
        ("效益指标", "生态效益指标", "细颗粒物（PM2.5）年均浓度", "≤30微克/立方米", 10),
        (None, None, "地表水国考断面优良水体比例", "≥92%", 10),
        (None, "社会效益指标", "重污染天数", "≤3天", 10),
        ("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("nx16-county-department-money", (3, 12), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding up to their 金额合计")  # fmt: skip
def nx16() -> Book:
    b = Book()
    s = sheet(b, widths=(14, 18, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="石岭县生态环境分局",
        budget=[(mk(w(980), "B101", "error", note="620 + 340 = 960, not 980"), w(900), w(80),
                 mk(w(620), "B101", "error", required=False),
                 mk(w(340), "B101", "error", required=False))],
        tasks=[
            ("入河排污口排查整治", "沿河排污口排查、溯源和分类整治", w(120), "排污口规范化设置"),
            ("危险废物规范化管理", "重点产废单位评估和专项检查", w(150), "危险废物规范处置"),
            ("重点区域噪声治理", "城区噪声自动监测和夜间施工执法", w(80), "声环境质量达标"),
            ("金额合计", None, mk(w(340), "B102", "error", note="120 + 150 + 80 = 350"), None),
        ],
        goal="改善县域水环境和声环境质量，规范危险废物环境管理，不发生较大以上突发环境事件。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "完成溯源的入河排污口", "≥260个"),
        (None, None, "重点产废单位规范化评估", "≥90家"),
        (None, None, "夜间施工噪声专项执法检查", "≥40次"),
        (None, "质量指标", "入河排污口整治完成率", "≥85%"),
        (None, "时效指标", "噪声投诉办结时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "单个排污口溯源费用", "≤0.3万元/个"),
        ("效益指标", "生态效益指标", "县控断面水质达标率", "≥90%"),
        (None, "社会效益指标", "较大及以上突发环境事件", "=0起"),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
