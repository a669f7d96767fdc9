"""One-year project returns, one value column or an operator column (nh01, nh04–nh06, nh11,
nh12)."""

from __future__ import annotations

from tests.variants.holdout154.common import TIERS_ONE, one_year_money, project
from tests.variants.holdout154.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = (*TIERS_ONE, "比较符", "指标值", "计量单位")


@variant("nh01-fire-watch", (1,), "project, NAT-2021, one value column, operators inside")
def nh01() -> Book:
    rows = [
        ("产出指标", "数量指标", "新建森林防火视频监测点", "≥12个"),
        (None, None, "更新防火物资储备库", "≥3座"),
        (None, None, "开展防火巡查", "≥240次"),
        (None, "质量指标", "监测点设备验收合格率", "≥98%"),
        (None, None, "火情图像识别准确率", "≥90%"),
        (None, "时效指标", "监测点建成投用时间", "2027年10月31日前"),
        (None, None, "火情信息报送时限", "≤30分钟"),
        ("成本指标", "经济成本指标", "单个监测点建设成本", "≤11.5万元/个"),
        (None, None, "物资储备库改造成本", "≤12万元/座"),
        ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.8‰"),
        (None, None, "重点林区视频监控覆盖率", "≥85%"),
        (None, "可持续影响指标", "监测设备运行维护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ]
    return project(
        name="青岚市重点林区森林防火监测体系建设",
        dept="青岚市林业局 312006",
        unit="青岚市森林防火指挥中心",
        attr="一次性项目",
        money_rows=one_year_money(186.0, 186.0, 0.0),
        goals=[
            "在北岭、石门两片重点林区新建视频监测点12个，改造物资储备库3座，火情早发现、早处置。"
        ],
        head=[("一级指标", "二级指标", "三级指标", "指标值")],
        rows=rows,
        foot=("韦晓岚", "0773-5512806", "2026年11月18日"),
    )


@variant(
    "nh04-satisfaction-under-benefit",
    (5,),
    "project, NAT-2021, operator and unit columns, a 满意度 tier-2 placed under 效益指标",
)
def nh04() -> Book:
    rows = [
        ("产出指标", "数量指标", "开展老年人健康体检", "≥", 8600, "人"),
        (None, None, "建立老年人电子健康档案", "≥", 8600, "份"),
        (None, None, "开展家庭医生上门随访", "≥", 12000, "人次"),
        (None, "质量指标", "健康档案规范建档率", "≥", pct(0.9), "%"),
        (None, None, "体检异常结果告知率", "≥", pct(0.95), "%"),
        (None, "时效指标", "体检工作完成时间", "≤", "2027年9月30日", None),
        (None, None, "体检报告按时反馈率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "人均体检成本", "≤", 120, "元/人"),
        ("效益指标", "社会效益指标", "老年人慢性病早期发现人数", "≥", 300, "人"),
        (None, None, "老年人健康素养水平", "≥", pct(0.3), "%"),
        (
            None,
            mk(
                "服务对象满意度指标",
                "F105",
                "error",
                alt=("F201", "F104", "F106"),
                note="a 满意度 tier-2 under 效益指标; the 满意度指标 tier-1 is gone",
            ),
            "参检老年人满意度",
            "≥",
            pct(0.9),
            "%",
        ),
        (None, "可持续影响指标", "老年人健康管理长效机制", "定性", "健全", None),
    ]
    b = project(
        name="白沙河区65岁及以上老年人健康体检",
        dept="白沙河区卫生健康局 404",
        unit="白沙河区社区卫生服务中心",
        attr="常年项目",
        money_rows=one_year_money(112.0, 98.0, 14.0),
        goals=["为辖区8600名65岁及以上老年人免费体检一次，建立电子健康档案，慢性病早发现早干预。"],
        head=[OPS],
        rows=rows,
        foot=("蒙丽", "0771-2260134", "2026年11月20日"),
    )
    b.file_mark("F106", "error", required=False, note="the same mistake seen as a missing tier-1")
    return b


@variant(
    "nh05-old-framework-operators",
    (1,),
    "project, OLD-NAT (成本 under 产出), operator column in words, unit column, percent cells",
)
def nh05() -> Book:
    rows = [
        ("产出指标", "数量指标", "改造农村公路危桥", "大于等于", 6, "座"),
        (None, None, "安装公路波形护栏", "大于等于", 18.5, "公里"),
        (None, None, "增设警示标志标牌", "大于等于", 320, "块"),
        (None, "质量指标", "危桥改造工程交工验收合格率", "等于", pct(1), "%"),
        (None, None, "护栏安装质量抽检合格率", "大于等于", pct(0.98), "%"),
        (None, "时效指标", "危桥改造完工时间", "小于等于", "2027年11月30日", None),
        (None, "成本指标", "单座危桥改造平均成本", "小于等于", 38, "万元/座"),
        (None, None, "波形护栏每公里造价", "小于等于", 9.6, "万元/公里"),
        ("效益指标", "社会效益指标", "农村公路危桥存量", "小于等于", 2, "座"),
        (None, None, "改造路段交通事故发生起数较上年下降率", "大于等于", pct(0.1), "%"),
        (None, "可持续影响指标", "改造设施设计使用年限", "大于等于", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "大于等于", pct(0.9), "%"),
    ]
    return project(
        name="临溪县农村公路安全生命防护工程",
        dept="临溪县交通运输局 215",
        unit="临溪县农村公路养护中心",
        attr="延续项目",
        money_rows=one_year_money(420.0, 360.0, 60.0),
        goals=["完成6座农村公路危桥改造，安装波形护栏18.5公里，消除重点路段安全隐患。"],
        head=[OPS],
        rows=rows,
        foot=("覃卫东", "0776-7120458", "2026年11月25日"),
    )


@variant(
    "nh06-deadline-last-year",
    (8,),
    "project, NAT-2021, one value column: a deadline of "
    "2026年12月31日 in a 2027 table, a 反向 rate with ≥",
)
def nh06() -> Book:
    rows = [
        ("产出指标", "数量指标", "培训农村实用技术人员", "≥1500人次"),
        (None, None, "建设田间课堂示范点", "≥15个"),
        (None, None, "印发技术明白纸", "≥20000份"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, None, "示范点技术规程到位率", "≥95%"),
        (
            None,
            "时效指标",
            "示范点建设完成时间",
            mk(
                "2026年12月31日前",
                "Y102",
                "error",
                alt=("Y101",),
                note="a deadline in the year before the 2027 budget year",
            ),
        ),
        (None, None, "培训计划完成时间", "2027年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤260元/人次"),
        (None, None, "单个示范点补助标准", "≤2万元/个"),
        ("效益指标", "经济效益指标", "示范点主导作物亩均增收", "≥150元"),
        (None, "社会效益指标", "参训农户新技术采用率", "≥70%"),
        (
            None,
            None,
            mk("农药使用量超标发生率", "T108", "warning", row=True, note="a 反向 rate with ≥"),
            "≥3%",
        ),
        ("满意度指标", "服务对象满意度指标", "参训农户满意度", "≥90%"),
    ]
    return project(
        name="青岚市高素质农民技术培训",
        dept="青岚市农业农村局 301",
        unit="青岚市农业技术推广站",
        attr="常年项目",
        money_rows=one_year_money(78.0, 78.0, 0.0),
        goals=["培训农村实用技术人员1500人次，建设田间课堂示范点15个，推广绿色高产技术。"],
        head=[("一级指标", "二级指标", "三级指标", "指标值")],
        rows=rows,
        foot=("黄秋萍", "0773-5508812", "2026年11月19日"),
    )


@variant(
    "nh11-same-indicator-twice",
    (9,),
    "project, OLD-NAT, one value column: one indicator "
    "twice with ≥ and ≤, a 覆盖率 given as a count",
)
def nh11() -> Book:
    rows = [
        ("产出指标", "数量指标", "开展食品安全监督抽检", "≥1200批次"),
        (None, None, "培训食品经营从业人员", "≥800人次"),
        (
            None,
            None,
            "农贸市场快检室覆盖率",
            mk("18个", "T105", "error", row=True, note="a rate given as a count"),
        ),
        (None, "质量指标", "抽检样品检验报告合格率", "=100%"),
        (None, None, "不合格食品核查处置率", "=100%"),
        (None, "时效指标", "抽检结果报告时限", "≤20个工作日"),
        (None, None, "不合格食品核查处置时限", "≤3个工作日"),
        (None, "成本指标", "每批次抽检平均费用", "≤1200元/批次"),
        ("效益指标", "社会效益指标", "食品安全抽检不合格率", "≤3%"),
        (None, None, "食品安全事故发生起数", "=0起"),
        (
            None,
            None,
            mk(
                "食品安全抽检不合格率",
                "D102",
                "error",
                row=True,
                alt=("D101", "D103", "T108"),
                note="the same indicator as above, now with ≥ (against its 反向 direction)",
            ),
            "≥3%",
        ),
        (None, "可持续影响指标", "食品安全风险监测长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%"),
    ]
    return project(
        name="石门县食品安全监督抽检",
        dept="石门县市场监督管理局 522",
        unit="石门县食品药品检验所",
        attr="常年项目",
        money_rows=one_year_money(168.0, 150.0, 18.0),
        goals=["完成食品安全监督抽检1200批次，不合格食品100%核查处置，守住不发生系统性风险底线。"],
        head=[("一级指标", "二级指标", "三级指标", "指标值")],
        rows=rows,
        foot=("廖振宇", "0774-3318020", "2026年11月21日"),
    )


@variant(
    "nh12-zero-cost",
    (9,),
    "project, NAT-2021, operator and unit columns: a 成本 target of 0 万元, a rate over 100 %",
)
def nh12() -> Book:
    rows = [
        ("产出指标", "数量指标", "改造老旧小区", "≥", 9, "个"),
        (None, None, "改造供水管网", "≥", 14.2, "公里"),
        (None, None, "加装电梯", "≥", 22, "部"),
        (None, "质量指标", "改造工程竣工验收合格率", "=", pct(1), "%"),
        (
            None,
            None,
            "管网改造后水压达标率",
            "≥",
            mk(pct(1.05), "T106", "error", note="a rate capped at 100 %"),
            "%",
        ),
        (None, "时效指标", "改造工程完工时间", "≤", "2027年12月31日", None),
        (
            "成本指标",
            "经济成本指标",
            "供水管网每公里改造成本",
            "≤",
            mk(0, "T115", "error", note="a cost target of 0"),
            "万元/公里",
        ),
        (None, None, "每部电梯加装财政补助", "≤", 15, "万元/部"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥", 2100, "户"),
        (None, None, "小区供水漏损率", "≤", pct(0.09), "%"),
        (None, "可持续影响指标", "小区长效物业管理覆盖率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥", pct(0.9), "%"),
    ]
    return project(
        name="白沙河区城镇老旧小区改造（2027年批次）",
        dept="白沙河区住房和城乡建设局 406",
        unit="白沙河区城市更新服务中心",
        attr="延续项目",
        money_rows=one_year_money(1280.0, 1100.0, 180.0),
        goals=["改造老旧小区9个，改造供水管网14.2公里，加装电梯22部，惠及居民2100户。"],
        head=[OPS],
        rows=rows,
        foot=("农建华", "0771-6023317", "2026年11月26日"),
    )
