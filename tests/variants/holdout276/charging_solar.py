"""Charging piles (新能源汽车充电桩) and distributed solar subsidies (分布式光伏补贴): rz07–rz12."""

from __future__ import annotations

from tests.variants.holdout276.common import (
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout276.registry import variant
from tests.variants.kit import Book, day, mk, pct

SCORED = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("rz07-charging-points", (10,), "project, NAT-2021, tier-1 score and indicator score "
         "columns both adding to 100, a utilisation rate raised in 百分点 (correct)")  # fmt: skip
def rz07() -> Book:
    b, s = start()
    project(s, "澄坪市2025年公共充电基础设施建设补助项目", "澄坪市发展和改革委员会（305001）",
            "澄坪市新能源汽车推广服务中心", one_year(500, 420, 80),
            ["补助新建公共充电桩200个，其中直流快充桩80个，"
             "城区充电服务半径缩短至2公里以内。"])  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 40, "数量指标", "新建公共充电桩", "≥200个", 12),
        (None, None, None, "其中：直流快充桩", "≥80个", 8),
        (None, None, "质量指标", "充电桩验收合格率", "=100%", 10),
        (None, None, "时效指标", "补助资金拨付时间", "2025年12月20日前", 10),
        ("成本指标", 20, "经济成本指标", "直流快充桩单桩补助标准", "≤2.5万元/个", 12),
        (None, None, None, "交流慢充桩单桩补助标准", "≤0.6万元/个", 8),
        ("效益指标", 30, "社会效益指标", "公共充电桩平均时间利用率提高", "≥3百分点", 10),
        (None, None, None, "城区充电服务半径", "≤2公里", 10),
        (None, None, "生态效益指标", "年替代燃油量", "≥1500吨", 10),
        ("满意度指标", 10, "服务对象满意度指标", "新能源车主充电满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100, merge=[(3, 5)])
    note(s, "注：一级指标分值为其下三级指标分值之和，合计均为100分。")
    sign(s, "甘沛然", "0746-8851402", day(2024, 11, 18))
    return b


@variant("rz08-charging-points-wrong", (10, 5), "project, NAT-2021, numbered tier labels with "
         "tier-1 and indicator scores: two tier scores that their indicators do not add up to, "
         "a 时效指标 under 效益指标")  # fmt: skip
def rz08() -> Book:
    b, s = start()
    project(s, "枫埠县2025年老旧小区充电设施改造项目", "枫埠县住房和城乡建设局（214006）",
            "枫埠县物业服务指导中心", one_year(300, 260, 40),
            ["在老旧小区建设共享充电桩150个，改造充电车位300个，缓解居民充电难。"])  # fmt: skip
    indicators(s, SCORED, [
        ("一、产出指标", mk(40, "W103", "error", note="其下指标分值 15+10+10+10 = 45"),
         "（一）数量指标", "新建小区共享充电桩", "≥150个", 15),
        (None, None, None, "改造老旧小区充电车位", "≥300个", 10),
        (None, None, "（二）质量指标", "充电设施验收合格率", "=100%", 10),
        (None, None, "（三）时效指标", "项目完工时间", "2025年11月30日前", 10),
        ("二、成本指标", 20, "（一）经济成本指标", "单桩建设补助标准", "≤0.8万元/个", 20),
        ("三、效益指标", mk(30, "W103", "error", note="其下指标分值 10+5+10 = 25"),
         "（一）社会效益指标", "小区充电难投诉量下降率", "≥30%", 10),
        (None, None, None, "受益新能源车主", "≥1200户", 5),
        (None, None, mk("（二）时效指标", "F105", "error", note="时效指标属产出指标"),
         "充电故障平均响应时间", "≤2小时", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "小区居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "蒲晓川", "0745-6690173", day(2024, 11, 22))
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("rz09-pv-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells next to a % unit, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def rz09() -> Book:
    b, s = start()
    department(s, "棠塘县能源发展服务中心", [(680, 600, 80, 230, 450)],
               "兑现分布式光伏发电补贴，完成公共机构节能改造，提升可再生能源消费比重。",
               tasks=[("分布式光伏发电补贴", "按并网发电量兑付度电补贴及户用一次性补贴", 300,
                       "补贴及时足额兑付"),
                      ("公共机构节能改造", "县直机关照明及空调系统节能改造", 150,
                       "公共机构能耗稳步下降"),
                      ("金额合计", "", 450, "")])  # fmt: skip
    s.row("年度绩效指标")
    indicators(s, FLAT, [
        ("补贴分布式光伏装机容量", 20, "千瓦", "≥", 6000),
        ("补贴户用光伏户数", 15, "户", "≥", 800),
        ("补贴资金兑付及时率", 15, "%", "≥", pct(0.95)),
        ("光伏发电度电补贴标准", 10, "元/千瓦时", "≤", 0.1),
        ("公共机构单位建筑面积能耗下降率", 15, "%", "≥", 3),
        ("年减少二氧化碳排放", 10, "吨", "≥", 5200),
        ("光伏并网安全事故", 5, "起", "=", 0),
        ("补贴对象满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    s.row("合计", 100)
    sign(s, "温雨禾", "0747-3182564", day(2024, 11, 6))
    return b


@variant("rz10-pv-flat-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, "
         "weights adding to 95")  # fmt: skip
def rz10() -> Book:
    b, s = start()
    department(s, "茗川县能源事务中心", [(540, 500, 40, 190, 350)],
               "兑付分布式光伏补贴，扩大光伏发电装机规模，减少化石能源消耗。",
               tasks=[("分布式光伏度电补贴", "按并网发电量兑付度电补贴", 230, "按季度兑付"),
                      ("户用光伏一次性补贴", "对新装户用光伏农户给予一次性补贴", 120,
                       "补贴对象精准"),
                      ("金额合计", "", 350, "")])  # fmt: skip
    s.row("年度绩效指标")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("新增分布式光伏并网容量", "≥8000", "正向", "千瓦", 15),
        ("补贴户用光伏户数", mk("≥450千瓦", "T112", "error", note="值写千瓦，计量单位列是户"),
         "正向", "户", 15),
        ("补贴资金按时兑付率", "≥95", "正向", "%", 10),
        ("光伏发电度电补贴标准", "≤0.08", "反向", "元/千瓦时", 15),
        ("光伏电站故障停机率", mk("≥2", "T108", "warning", row=True,
                                   note="反向指标却写 ≥"), "反向", "%", 10),
        ("年光伏发电量", "≥880", "正向", "万千瓦时", 15),
        ("年减少二氧化碳排放", "≥5000", "正向", "吨", 10),
        ("补贴对象满意度", "≥90", "正向", "%", 5),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    sign(s, "黎映秋", "0748-2265091", day(2024, 11, 15))
    return b


@variant("rz11-pv-labels", (5,), "transfer-payment project, OLD-NAT, tier labels with * and "
         "abbreviations (数量, 成本, 经济效益, 服务对象满意度), ★ core indicators, 环境效益指标, "
         "中央补助 + 地方资金 (correct)")  # fmt: skip
def rz11() -> Book:
    b, s = start()
    funds = [["年度资金总额", 960, "其中：中央补助", 720], [None, None, "地方资金", 240]]
    project(s, "沅曲县2025年户用分布式光伏整县推进补助", "沅曲县能源局（422007）",
            "沅曲县农村能源工作站", funds,
            ["补助1200户农户安装户用光伏9600千瓦，户均年增收不低于1800元。"],
            title="2025年度转移支付项目绩效目标表")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "目标值"), [
        ("*产出指标", "数量", "★户用光伏补贴户数", "≥1200户"),
        (None, None, "★补贴装机容量", "≥9600千瓦"),
        (None, "质量", "并网验收合格率", "=100%"),
        (None, "时效", "补贴资金兑付时间", "2025年12月15日前"),
        (None, "成本", "户均补贴标准", "≤0.6万元/户"),
        ("*效益指标", "经济效益", "★户均年增收", "≥1800元"),
        (None, "环境效益指标", "年光伏发电量", "≥1050万千瓦时"),
        (None, "可持续影响", "光伏设施运维服务覆盖率", "≥95%"),
        ("*满意度指标", "服务对象满意度", "补贴农户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：带★的为核心指标，不得删除；带*的为必填一级指标。")
    sign(s, "房知秋", "0743-7730458", day(2024, 11, 19))
    return b


@variant("rz12-charging-template-rows", (6, 13, 7), "project, NAT-2021, header 预期目标: a "
         "value without a name, a tier-2 left from the template with nothing under it")  # fmt: skip
def rz12() -> Book:
    b, s = start()
    project(s, "澄坪市2025年公交场站充电设施改造项目", "澄坪市交通运输局（305009）",
            "澄坪市公共交通服务中心", one_year(260, 260, 0),
            ["改造公交场站充电终端48个，新增6座场站快充能力，保障纯电动公交运营。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "改造公交场站充电终端", "≥48个"),
        (None, None, mk(None, "F110", "error", note="填了 ≥6座，三级指标名称空着"), "≥6座"),
        (None, "质量指标", "充电终端验收合格率", "=100%"),
        (None, "时效指标", "项目完工时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单个充电终端改造成本", "≤4.5万元/个"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("效益指标", "经济效益指标", "公交车辆百公里能耗成本下降率", "≥10%"),
        (None, "生态效益指标", "年减少柴油消耗", "≥800吨"),
        ("满意度指标", "服务对象满意度指标", "公交驾驶员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "严墨池", "0746-8813277", day(2024, 11, 26))
    return b
