"""Correct returns whose columns stand in unusual orders: 指标值 before 三级指标, 计量单位 before
指标值, 权重 at the far right, a 序号 column first, tier columns after the name, names merged over
two rows, tier-1 labels with their 分值 in another column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout96.common import TWO, footer, indicators, new, w
from tests.variants.holdout96.registry import variant
from tests.variants.kit import Book, pct


@variant("lb01-value-before-name", (7,), "project, NAT-2021, 指标值 column before 三级指标")
def lb01() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="枫亭镇农村生活污水处理设施运维项目",
        dept="澄湾县生态环境局（214）",
        unit="澄湾县农村环境服务中心",
        money=[
            ("年度资金总额", w(186.4), "其中：财政拨款", w(186.4)),
            ("其他资金", w(0), None, None),
        ],
        goals=["完成全镇38座污水处理站点运维，出水水质稳定达标，群众满意度不低于90%。"],
    )
    rows = [
        ("产出指标", "数量指标", "运维污水处理站点数", "≥38个"),
        (None, None, "管网巡查里程", "≥120公里"),
        (None, None, "水质抽检次数", "≥152次"),
        (None, "质量指标", "出水水质达标率", pct(0.9)),
        (None, None, "设施正常运行率", pct(0.95)),
        (None, "时效指标", "故障响应时间", "≤24小时"),
        (None, None, "季度巡检完成时间", "每季度末前"),
        ("成本指标", "经济成本指标", "单站年运维成本", "≤4.9万元"),
        ("效益指标", "生态效益指标", "化学需氧量年削减量", "≥210吨"),
        (None, "社会效益指标", "受益农户数", "≥4600户"),
        (None, "可持续影响指标", "运维管理制度执行", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9)),
    ]
    indicators(s, [(r[0], r[1], r[2], r[3]) for r in rows], ("t1", "t2", "val", "t3"))
    footer(s, "陈雨桐", "0597-6621840", "2025年11月18日")
    return b


@variant("lb02-unit-before-value", (7,), "project, OLD-NAT, 计量单位 column before a bare 指标值")
def lb02() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="青禾县中小学营养改善补助项目",
        dept="青禾县教育局（305）",
        unit="青禾县学生资助管理中心",
        money=[("年度资金总额", w(912), "其中：财政拨款", w(860)), ("其他资金", w(52), None, None)],
        goals=["为全县9000名农村义务教育学生提供营养膳食补助，按时足额发放。"],
    )
    rows = [
        ("产出指标", "数量指标", "受补助学生人数", "≥9000", "人"),
        (None, None, "供餐学校数", "≥46", "所"),
        (None, None, "年供餐天数", "≥200", "天"),
        (None, "质量指标", "食品安全抽检合格率", "100", "%"),
        (None, None, "补助资金足额发放率", "100", "%"),
        (None, "时效指标", "补助资金拨付时间", "每学期开学后30日内", "日"),
        (None, "成本指标", "生均每日补助标准", "≤5", "元/人·天"),
        ("效益指标", "社会效益指标", "学生营养健康状况", "有所改善", None),
        (None, None, "受补助学生覆盖率", "100", "%"),
        (None, "可持续影响指标", "营养改善长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥92", "%"),
    ]
    indicators(s, rows, ("t1", "t2", "t3", "unit", "val"))
    footer(s, "吕思远", "0734-8250613", "2025年11月21日")
    return b


@variant(
    "lb03-weight-far-right",
    (7, 10),
    "project, NAT-2021, 序号 first, 指标解释 then 权重 at the far right",
)
def lb03() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="南屏区老年人助餐服务补贴项目",
        dept="南屏区民政局（118）",
        unit="南屏区养老服务指导中心",
        money=[("年度资金总额", w(264), "其中：财政拨款", w(240)), ("其他资金", w(24), None, None)],
        goals=["建成运营社区助餐点26个，为辖区高龄、失能等老年人提供助餐服务不少于18万人次。"],
    )
    rows = [
        ("产出指标", "数量指标", "社区助餐点运营数量", "≥26个", None, 10, "年内持续运营的助餐点"),
        (None, None, "助餐服务人次", "≥180000人次", None, 10, "全年累计"),
        (None, "质量指标", "助餐点食品安全检查合格率", pct(1), None, 10, "市场监管部门检查"),
        (None, "时效指标", "补贴资金按季度拨付", "每季度结束后20日内", None, 10, None),
        ("成本指标", "经济成本指标", "每餐补贴标准", "≤6元/餐", None, 10, "高龄老人每餐补贴"),
        (None, None, "助餐点运营补贴", "≤5万元/个", None, 10, None),
        ("效益指标", "社会效益指标", "高龄老人助餐覆盖率", pct(0.6), None, 10, "80岁以上老人"),
        (None, "可持续影响指标", "助餐服务网络", "持续运行", None, 10, None),
        (
            "满意度指标",
            "服务对象满意度指标",
            "就餐老人满意度",
            pct(0.9),
            None,
            20,
            "第三方抽样调查",
        ),
    ]
    indicators(s, rows, ("seq", "t1", "t2", "t3", "val", "note", "w"))
    s.row("合计", None, None, None, None, None, 100)
    footer(s, "方可馨", "0756-3382091", "2025年11月25日")
    return b


@variant(
    "lb04-tiers-after-name",
    (7,),
    "project, OLD-NAT, 序号 first, tier columns after the name and value, filled down",
)
def lb04() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="岚桥市基层公共文化服务提升项目",
        dept="岚桥市文化和旅游局（402）",
        unit="岚桥市群众艺术馆",
        money=[
            ("年度资金总额", w(138.5), "其中：财政拨款", w(138.5)),
            ("其他资金", w(0), None, None),
        ],
        goals=["开展送戏下乡、流动图书服务和群众文艺培训，提升基层公共文化服务效能。"],
    )
    rows = [
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥160场"),
        ("产出指标", "数量指标", "流动图书车服务点", "≥42个"),
        ("产出指标", "数量指标", "群众文艺骨干培训人次", "≥1500人次"),
        ("产出指标", "质量指标", "演出节目审核通过率", pct(1)),
        ("产出指标", "质量指标", "培训考核合格率", pct(0.9)),
        ("产出指标", "时效指标", "送戏下乡计划完成时间", "2026年11月30日前"),
        ("产出指标", "成本指标", "每场演出补助标准", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "基层群众参与文化活动人次", "≥8万人次"),
        ("效益指标", "社会效益指标", "行政村文化服务覆盖率", pct(0.95)),
        ("效益指标", "可持续影响指标", "基层文艺队伍", "稳定发展"),
        ("满意度指标", "服务对象满意度指标", "基层群众满意度", pct(0.9)),
    ]
    indicators(
        s, [(r[0], r[1], r[2], r[3]) for r in rows], ("seq", "t3", "val", "t1", "t2"), merged=()
    )
    footer(s, "郑博涵", "0718-2264375", "2025年11月19日")
    return b


@variant(
    "lb05-names-two-rows",
    (7,),
    "project, NAT-2021, long names and their values merged over two rows",
)
def lb05() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="白溪河流域水土保持综合治理项目",
        dept="栖凤县水利局（507）",
        unit="栖凤县水土保持站",
        money=[("年度资金总额", w(420), "其中：财政拨款", w(380)), ("其他资金", w(40), None, None)],
        goals=["治理水土流失面积8.5平方公里，建设谷坊、拦沙坝等小型水保工程，改善流域生态。"],
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "新增水土流失综合治理面积（含坡改梯、经果林和封禁治理）",
            "≥8.5平方公里",
            TWO,
        ),
        (None, None, "谷坊建设数量", "≥24座"),
        (None, None, "拦沙坝建设数量", "≥6座"),
        (None, "质量指标", "水土保持工程单元工程质量合格率（以竣工验收为准）", pct(1), TWO),
        (None, None, "林草成活率", pct(0.85)),
        (None, "时效指标", "工程完工时间", "2026年11月底前"),
        ("成本指标", "经济成本指标", "单位面积综合治理成本", "≤49万元/平方公里"),
        ("效益指标", "生态效益指标", "治理区林草覆盖率提高", "≥5百分点"),
        (None, None, "年减少土壤侵蚀量", "≥1.2万吨"),
        (None, "经济效益指标", "经果林带动农户增收（按项目区农户户均计算）", "≥1500元/户", TWO),
        (None, "可持续影响指标", "工程设施管护责任落实", "落实到村"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", pct(0.9)),
    ]
    indicators(s, rows, ("t1", "t2", "t3", "val"))
    footer(s, "沈俊豪", "0836-5417702", "2025年11月24日")
    return b


@variant(
    "lb09-tier1-points-column",
    (5, 10),
    "project, NAT-2021, tier-1 labels with their 分值 in another merged column",
)
def lb09() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="云岙镇农贸市场提质改造项目",
        dept="云岙镇人民政府（611）",
        unit="云岙镇经济发展办公室",
        money=[("年度资金总额", w(96), "其中：财政拨款", w(80)), ("其他资金", w(16), None, None)],
        goals=["完成镇区农贸市场排水、照明和摊位改造，实现市场标准化经营。"],
    )
    rows = [
        ("产出指标", "数量指标", "改造标准化摊位数", "≥120个", None, None, None, 40),
        (None, None, "新建排水沟长度", "≥860米"),
        (None, "质量指标", "改造工程验收合格率", pct(1)),
        (None, "时效指标", "改造工程完工时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "摊位改造单价", "≤0.35万元/个", None, None, None, 20),
        (None, None, "工程总造价控制", "≤96万元"),
        ("效益指标", "社会效益指标", "入场经营户数", "≥110户", None, None, None, 30),
        (None, None, "市场环境卫生状况", "明显改善"),
        (None, "可持续影响指标", "市场长效管理机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", pct(0.9), None, None, None, 10),
        (None, None, "购物群众满意度", pct(0.85)),
    ]
    indicators(s, rows, ("t1", "pts", "t2", "t3", "val"), merged=("t1", "pts", "t2"))
    footer(s, "黎晓帆", "0663-7785124", "2025年11月26日")
    return b
