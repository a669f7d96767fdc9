"""Correct returns lt07–lt12 in other layouts: two stacked projects, a two-line header with
比较符/数值/计量单位 under 指标值, a Shanghai form in 元, a flat department list with weights,
tiers filled down in every row, and a direction column beside an operator column."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout114.common import book, footer, indicators, one_year
from tests.variants.holdout114.registry import variant
from tests.variants.kit import WAN, YUAN, Book, money, ok, pct

NAMES = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "lt07-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, 元/场 and 元/人·月 standards, phased deadline",
)
def lt07() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="公共文化“送戏下乡”惠民演出",
        dept="鹤汀县文化和旅游局（226）",
        unit="鹤汀县文化馆",
        attr="常年项目",
        money=one_year(85, 80, 5),
        goals=["全年送戏下乡不少于120场，覆盖全县9个乡镇，观众3万人次以上。"],
    )
    indicators(
        s,
        NAMES,
        [
            ("产出指标", "数量指标", "送戏下乡演出场次", "≥120场"),
            (None, None, "覆盖乡镇", "9个"),
            (None, "质量指标", "演出剧目审查通过率", "=100%"),
            (
                None,
                "时效指标",
                "演出完成时间",
                "一期2026年6月底前完成60场、二期12月底前完成其余场次",
            ),
            (None, "成本指标", "单场演出补助标准", "≤6000元/场"),
            ("效益指标", "社会效益指标", "观看群众", "3万人次以上"),
            (None, "可持续影响指标", "基层文艺团队", "至少培育4支"),
            ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
        ],
    )
    s.skip(2)
    project_head(
        s,
        year=2026,
        title="",
        name="非物质文化遗产代表性传承人传习补助",
        dept="鹤汀县文化和旅游局（226）",
        unit="鹤汀县非物质文化遗产保护中心",
        attr="延续项目",
        money=one_year(36, 36, 0),
        goals=["为30名县级以上非遗代表性传承人发放传习补助，开展传习活动。"],
    )
    indicators(
        s,
        NAMES,
        [
            ("产出指标", "数量指标", "补助传承人", "≥30人"),
            (None, None, "每名传承人年度传习活动", "3-5次"),
            (None, "质量指标", "传承人年度考核合格率", "≥95%"),
            (None, "时效指标", "补助发放时间", "每季度末前发放"),
            (None, "成本指标", "传习补助标准", "≤1000元/人·月"),
            ("效益指标", "社会效益指标", "新增学徒", "≥60人"),
            (None, "可持续影响指标", "传承人档案", "完备"),
            ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
        ],
    )
    footer(s, "吴芷汀", "0595-2281 6670", "2025年11月24日")
    return b


@variant(
    "lt08-two-line-header",
    (7, 10),
    "project, NAT-2021, two-line header (指标值 over "
    "比较符/数值/计量单位), 权重 with 合计 100, 元/托位·月",
)
def lt08() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="溱水区社区嵌入式托育服务补助",
        dept="溱水区卫生健康局（411）",
        unit="溱水区妇幼保健计划生育服务中心",
        attr="新增项目",
        money=one_year(248, 200, 48),
        goals=["新增普惠托位400个，扶持8家社区嵌入式托育机构规范运营。"],
    )
    top = s.row(
        "一级指标", "二级指标", "三级指标", "指标值", None, None, "权重（分）", merge=[(4, 6)]
    )
    s.row(None, None, None, "比较符", "数值", "计量单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(
        [
            ("成本指标", "经济成本指标", "托位运营补助标准", "≤", 500, "元/托位·月", 10),
            ("产出指标", "数量指标", "新增普惠托位", "≥", 400, "个", 10),
            (None, None, "扶持社区托育机构", "≥", 8, "家", 10),
            (None, None, "保育人员集中培训", None, "3-5", "次", 5),
            (None, "质量指标", "托育机构备案合格率", "=", pct(1), "%", 10),
            (None, None, "保育人员持证上岗率", "≥", pct(0.9), "%", 5),
            (None, "时效指标", "季度补助拨付时限", "≤", 15, "个工作日", 10),
            ("效益指标", "社会效益指标", "普惠托位使用率", "≥", pct(0.75), "%", 10),
            (None, None, "在托婴幼儿安全事故发生率", "≤", pct(0.001, "0.0%"), "%", 10),
            (None, "可持续影响指标", "托育服务监管机制", "定性", "健全", None, 5),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.92), "%", 15),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    footer(s, "孙若琳", "0551-6673 4129", "2025年11月20日")
    return b


@variant(
    "lt09-shanghai-yuan",
    (1, 5),
    'project, Shanghai tiers, money in 元 (#,##0.00"元"), '
    "cost standards in 元/场 and 元/人次, 提高5个百分点以上",
)
def lt09() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="社区家庭医生签约健康管理服务",
        dept="澜浦区卫生健康委员会",
        unit="澜浦区城西街道社区卫生服务中心",
        attr="经常性专项业务费",
        money=one_year(1860000, 1860000, 0, YUAN),
        money_label="项目资金（元）",
        goals=["开展社区健康讲座48场，完成签约居民随访12000人次，提高慢病规范管理水平。"],
    )
    indicators(
        s,
        ("一级目标", "二级目标", "三级目标", "指标目标值"),
        [
            ("投入与管理", "财务管理", "资金使用合规性", "合规"),
            (None, "实施管理", "采购程序规范性", "规范"),
            (
                None,
                "资产管理",
                ok("设备入账及时性", note="及时 under 资产管理: domain.md §6.2 flags the like"),
                "及时",
            ),
            ("产出目标", "数量", "社区健康讲座", "≥48场"),
            (None, None, "签约居民随访", "≥12000人次"),
            (None, "质量", "高血压患者规范管理率", "≥80%"),
            (None, "时效", "年度随访完成时间", "2026年12月20日前"),
            (None, "成本", "健康讲座单场成本", "≤3000元/场"),
            (None, None, "随访人均成本", "≤120元/人次"),
            ("效果目标", "社会效益", "高血压患者血压控制率", "较2025年提高5个百分点以上"),
            (None, "满意度", "签约居民满意度", "≥90%"),
            ("影响力目标", "长效管理", "健康管理档案动态更新", "是"),
            (None, "信息共享", "随访数据上传区健康信息平台", "及时"),
        ],
    )
    footer(s, "顾晓岚", "021-5718 3302", "2025年11月25日")
    return b


@variant(
    "lt10-flat-weights",
    (3, 10),
    "department, flat list (指标名称 · 权重 · 比较符 · 指标值 · "
    "计量单位), weights add to a 合计 of 100, 元/批次",
)
def lt10() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="梧岭县市场监督管理局",
        budget=[(money(612), money(580), money(32), money(372), money(240))],
        tasks=[
            (
                "食品安全监督抽检",
                "食品安全抽检及不合格食品核查处置",
                money(120),
                "抽检不少于1800批次",
            ),
            ("特种设备安全监管", "特种设备定期检验和隐患排查", money(70), "定期检验率98%以上"),
            ("计量器具检定", "民生计量器具强制检定", money(50), "检定5000台件以上"),
            ("金额合计", None, money(240), None),
        ],
        goal="守住食品安全和特种设备安全底线，提升市场监管效能和群众满意度。",
    )
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "比较符", "指标值", "计量单位", "备注")
    s.table(
        [
            ("食品安全监督抽检批次", 15, "≥", 1800, "批次", "省局下达任务"),
            ("抽检不合格食品核查处置率", 10, "=", pct(1), "%", None),
            ("食品抽检单批次成本", 10, "≤", 650, "元/批次", "按2025年招标价"),
            ("食品安全抽检不合格率", 10, "≤", pct(0.02), "%", None),
            ("特种设备定期检验率", 15, "≥", pct(0.98), "%", None),
            ("民生计量器具强制检定", 10, "≥", 5000, "台(件)", None),
            ("投诉举报按时办结率", 10, "≥", pct(0.98), "%", "12315平台统计"),
            ("双随机抽查任务完成率", 10, "=", pct(1), "%", None),
            ("经营主体满意度", 10, "≥", pct(0.9), "%", "第三方测评"),
            ("合计", 100, None, None, None, None),
        ]
    )
    footer(s, "马晨阳", "0598-7725 1043", "2025年11月19日")
    return b


@variant(
    "lt11-filled-down",
    (5,),
    "project, OLD-NAT, tiers repeated in every row, 指标值设定依据 "
    "column, 至少/以上 words, 较培训前提高10%以上",
)
def lt11() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="青岙市职业技能提升补贴",
        dept="青岙市人力资源和社会保障局（505）",
        unit="青岙市职业技能鉴定指导中心",
        attr="延续项目",
        money=one_year(1200, 1000, 200),
        goals=["开展补贴性职业技能培训6000人次以上，参训人员取证率70%以上。"],
    )
    p, e = "产出指标", "效益指标"
    indicators(
        s,
        (*NAMES, "指标值设定依据"),
        [
            (p, "数量指标", "补贴性职业技能培训", "≥6000人次", "计划标准"),
            (p, "数量指标", "新开发培训课程", "3-5门", "计划标准"),
            (p, "质量指标", "培训结业考核合格率", "≥85%", "历史标准（2025年87.2%）"),
            (
                p,
                "质量指标",
                "参训人员职业技能等级取证率",
                ok("70%以上，力争75%", note="a floor with a stretch target"),
                "行业标准",
            ),
            (p, "时效指标", "补贴申请审核办结时限", "≤20个工作日", "省定办理时限"),
            (p, "成本指标", "培训补贴标准", "≤1800元/人", "市级补贴目录"),
            (p, "成本指标", "技能评价补贴标准", "≤200元/人", "市级补贴目录"),
            (e, "经济效益指标", "参训人员月均收入", "较培训前提高10%以上", "抽样跟踪调查"),
            (e, "社会效益指标", "培训后6个月内就业率", "至少60%", "历史标准"),
            (e, "可持续影响指标", "培训机构动态管理", "建立并执行", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "行业标准"),
        ],
        merged=(),
    )
    footer(s, "潘立言", "0532-8066 7215", "2025年11月21日")
    return b


@variant(
    "lt12-yuan-costs",
    (1, 11),
    "project, OLD-NAT, 指标性质 as direction beside a 比较符 "
    "column, budget in 万元 but costs in 元/户 and 元/平方米",
)
def lt12() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="鹤汀县农村危房改造及抗震加固",
        dept="鹤汀县住房和城乡建设局（219）",
        unit="鹤汀县村镇建设服务站",
        money=one_year(money(472, WAN), 430, 42, WAN),
        goals=["完成农村危房改造120户、抗震加固9600平方米，保障农村低收入群体住房安全。"],
    )
    h = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    indicators(
        s,
        h,
        [
            ("产出指标", "数量指标", "农村危房改造", "正向", "≥", 120, "户"),
            (None, None, "农房抗震加固面积", "正向", "≥", 9600, "平方米"),
            (None, "质量指标", "竣工验收合格率", "正向", "=", pct(1), "%"),
            (None, None, "改造后房屋安全鉴定", "定性", None, "达标", None),
            (
                None,
                "时效指标",
                "改造完成时间",
                "定性",
                None,
                "一期2026年9月底前完成60户、二期12月底前完成60户",
                None,
            ),
            (None, "成本指标", "户均危房改造补助", "反向", "≤", 30000, "元/户"),
            (None, None, "抗震加固单位造价", "反向", "≤", 110, "元/平方米"),
            ("效益指标", "社会效益指标", "农村危房存量下降率", "正向", "≥", pct(0.3), "%"),
            (None, None, "改造户住房安全是否得到保障", "定性", None, "是", None),
            (None, "可持续影响指标", "改造房屋设计使用年限", "正向", "≥", 30, "年"),
            ("满意度指标", "服务对象满意度指标", "改造户满意度", "正向", "≥", pct(0.95), "%"),
        ],
    )
    footer(s, "罗振邦", "0599-3321 5804", "2025年11月18日")
    return b
