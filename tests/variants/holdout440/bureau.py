"""Department, flat-list and stacked returns of the 440th held-out set: money blocks of whole
units, lists without tiers, several projects in one sheet (yh13–yh18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout440.common import (
    GUIDE,
    HEALTH,
    MARKET,
    RETURNS,
    YEAR,
    book,
    indicators,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout440.registry import variant
from tests.variants.kit import Book, mk, pct

PLAIN = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("yh13-department-money", (12,), "department, NAT-2021: budget with a row of shares, "
         "key tasks adding to 金额合计 = 项目支出, goals matching the indicators "
         "(correct)")  # fmt: skip
def yh13() -> Book:
    b, s = book()
    shares = (pct(1), pct(0.923, "0.0%"), pct(0.077, "0.0%"), pct(0.596, "0.0%"),
              pct(0.404, "0.0%"))  # fmt: skip
    department_head(s, year=YEAR, dept=GUIDE, budget=[
        (wan(520), wan(480), wan(40), wan(310), wan(210)), shares], tasks=[
        ("社区药房规范化指导", "按季度督导全市社区药房", wan(85), "督导覆盖180家社区药房"),
        ("家庭过期药品回收", "设置回收点并集中处置", wan(70), "回收过期药品18吨以上"),
        ("基层药师培训", "分三期轮训社区药师", wan(55), "培训药师500人次以上"),
        ("金额合计", None, wan(210), None)],
        goal="规范社区药房药事服务，建立家庭过期药品回收处置常态机制。")  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "社区药房督导覆盖家数", "≥180家", None),
        (None, None, "回收过期药品重量", "≥18吨", None),
        (None, None, "药师培训人次", "≥500人次", None),
        (None, "质量指标", "督导问题整改率", "≥95%", None),
        (None, "时效指标", "督导报告报送时限", "≤10个工作日", None),
        ("成本指标", "经济成本指标", "过期药品回收处置单价", "≤15元/公斤", None),
        (None, None, "人均培训费用", "≤900元/人次", None),
        ("效益指标", "社会效益指标", "药事服务规范率较上年提高", "≥5百分点", None),
        (None, None, "居民安全用药知晓率", "≥85%", None),
        (None, "可持续影响指标", "社区药房督导长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "社区药房及居民满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "陶映秋", "8823 6417", (2024, 11, 20))
    return b


@variant("yh14-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding to 金额合计")  # fmt: skip
def yh14() -> Book:
    b, s = book()
    total = mk(wan(460), "B101", "error", row=True, note="290 + 180 = 470 ≠ 460")
    summed = mk(wan(180), "B102", "error", note="60 + 70 + 40 = 170 ≠ 180")
    department_head(s, year=YEAR, dept="桐浦市枫湾区卫生健康局", budget=[
        (total, wan(430), wan(30), wan(290), wan(180))], tasks=[
        ("社区药房巡查", "巡查辖区社区药房", wan(60), "巡查覆盖全部社区药房"),
        ("过期药品回收处置", "回收点运维及集中处置", wan(70), "回收过期药品12吨以上"),
        ("合理用药宣传", "进社区开展合理用药宣传", wan(40), "开展宣传活动40场"),
        ("金额合计", None, summed, None)],
        goal="加强辖区社区药房管理，推进家庭过期药品规范回收。")  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "社区药房巡查家次", "≥240家次", None),
        (None, None, "回收过期药品重量", "≥12吨", None),
        (None, None, "合理用药宣传活动场次", "≥40场", None),
        (None, "质量指标", "巡查问题整改率", "≥95%", None),
        (None, "时效指标", "投诉处理时限", "≤5个工作日", None),
        ("成本指标", "经济成本指标", "回收药品处置单价", "≤16元/公斤", None),
        ("效益指标", "社会效益指标", "居民合理用药知晓率", "≥85%", None),
        (None, "生态效益指标", "过期药品混入生活垃圾比例", "≤15%", None),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("yh15-flat-list", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def yh15() -> Book:
    b, s = book(widths=(34, 10, 12, 12, 14, 12))
    department_head(s, year=YEAR, dept=RETURNS, budget=[
        (wan(260), wan(240), wan(20), wan(150), wan(110))],
        goal="全年回收过期药品5吨以上并全部无害化处置。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("过期药品回收点设置数量", 10, "个", "≥", 45),
        ("回收过期药品重量", 10, "吨", "≥", 5),
        ("回收药品无害化处置率", 15, "%", "=", pct(1)),
        ("回收药品登记完整率", 10, "%", "≥", pct(0.98)),
        ("回收点清运间隔", 10, "天", "≤", 15),
        ("回收药品处置单价", 10, "元/公斤", "≤", 15),
        ("回收药品流失事件", 5, "起", "=", 0),
        ("居民家中过期药品留存下降率", 10, "%", "≥", pct(0.1)),
        ("居民回收知晓率较上年提高", 10, "百分点", "≥", 5),
        ("参与居民满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "温绍棠", "8823 6452", (2024, 11, 28))
    return b


@variant("yh16-flat-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): unit, direction and weight "
         "defects")  # fmt: skip
def yh16() -> Book:
    b, s = book(widths=(34, 16, 12, 12, 10, 12))
    department_head(s, year=YEAR, dept="桐浦市砚池区市场监督管理局", budget=[
        (wan(180), wan(170), wan(10), wan(120), wan(60))],
        goal="规范辖区药品回收点管理，查处违规处置回收药品行为。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("过期药品回收点巡查次数", "≥120次", "正向", "次", 10),
        ("社区宣传活动场次",
         mk("≥40人次", "T112", "error", alt=("T119",),
            note="人次 in the value, 场 in the unit column"),
         "正向", "场", 10),
        ("回收药品无害化处置率", "=100%", "正向", "%", 15),
        ("回收点违规处置案件发生率",
         mk("≥2%", "T108", "warning", row=True, note="declared 反向, written with ≥"),
         "反向", "%", 10),
        ("药品回收台账抽查合格率", "≥95%", "正向", "%", 10),
        ("投诉案件办结时限", "≤30个工作日", "反向", "工作日", 10),
        ("回收过期药品重量", "≥8吨", "正向", "吨", 10),
        ("回收药品处置单价", "≤16元/公斤", "反向", "元/公斤", 10),
        ("辖区居民满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant("yh17-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values (correct)")  # fmt: skip
def yh17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="社区药房夜间应急供药项目", dept=HEALTH, unit=GUIDE,
                 money=one_year(24, 22, 2), goals=["8家社区药房夜间值守应急供药。"])  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "夜间应急供药药房数量", "≥8家"),
        (None, None, "夜间供药服务人次", "≥3000人次"),
        (None, "质量指标", "应急供药处方审核合格率", "≥98%"),
        (None, "时效指标", "夜间应急响应时间", "≤30分钟"),
        (None, "成本指标", "每家药房夜间值守补助", "≤2.5万元/家"),
        ("效益指标", "社会效益指标", "夜间急需用药满足率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, name="家庭过期药品回收点扩面项目", dept=HEALTH, unit=RETURNS,
                 money=one_year(30, 28, 2), title="",
                 goals=["新增回收点40个，回收过期药品3吨。"])  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "新增回收点数量", "≥40个"),
        (None, None, "回收过期药品重量", "≥3吨"),
        (None, "质量指标", "回收药品无害化处置率", "=100%"),
        (None, "时效指标", "新增回收点投用时间", "2025年9月30日前"),
        (None, "成本指标", "单个回收点建设费用", "≤0.6万元/个"),
        ("效益指标", "社会效益指标", "社区回收点覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("yh18-stacked-defects", (2,), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and a 覆盖率 is given as a count")  # fmt: skip
def yh18() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="社区药房药品质量抽检项目", dept=MARKET, unit=GUIDE,
                 money=one_year(26, 24, 2), goals=["抽检社区药房药品300批次。"])  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "抽检药品批次", "≥300批次"),
        (None, None, "抽检覆盖社区药房数量", "≥120家"),
        (None, "质量指标", "抽检结果公开率", "=100%"),
        (None, "时效指标", "检验报告出具时限", "≤20个工作日"),
        (None, "成本指标", "每批次检验费用", "≤800元/批次"),
        ("效益指标", "社会效益指标", "社区药房药品抽检合格率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "药房经营者满意度", "≥85%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(45), "B101", "error", note="40 + 8 = 48 ≠ 45")
    project_head(s, year=YEAR, name="学校及养老机构过期药品回收项目", dept=HEALTH,
                 unit=RETURNS, money=one_year(total, 40, 8), title="",
                 goals=["在学校和养老机构设置回收点36个。"])  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "机构回收点设置数量", "≥36个"),
        (None, None, "回收过期药品重量", "≥2吨"),
        (None, "质量指标", "回收药品无害化处置率", "=100%"),
        (None, "时效指标", "回收点清运间隔", "≤30天"),
        (None, "成本指标", "单个回收点运维费用", "≤0.8万元/个"),
        ("效益指标", "社会效益指标", "养老机构回收服务覆盖率",
         mk("36个", "T105", "error", note="a 覆盖率 given as a count")),
        ("满意度指标", "服务对象满意度指标", "合作机构满意度", "≥90%"),
    ])  # fmt: skip
    return b
