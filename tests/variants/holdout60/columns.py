"""Project tables with extra columns (权重, 指标方向, 比较符, 计量单位, 依据), filled-down tiers
and two-line headers: jr07–jr12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout60.common import signed
from tests.variants.holdout60.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant(
    "jr07-food-sampling-weights",
    (10,),
    "project, NAT-2021, 权重（分） column: the weights add up to 95",
)
def jr07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    b.file_mark("W101", "error", note="权重合计95")
    project_head(
        s,
        year=2025,
        name="食品安全监督抽检",
        dept="云墩县市场监督管理局",
        unit="云墩县市场监督管理局",
        attr="常年项目",
        money=[
            ("年度资金总额", money(85, WAN), "其中：财政拨款", money(85, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "完成食品安全监督抽检600批次、快速检测6000批次，不合格食品依法处置，守住食品安全底线。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    s.table(
        [
            ("产出指标", "数量指标", "食品监督抽检批次", "≥600批次", 10),
            (None, None, "农贸市场快速检测批次", "≥6000批次", 10),
            (None, None, "抽检覆盖食品大类", "≥32类", 5),
            (None, "质量指标", "不合格食品核查处置率", "100%", 10),
            (None, None, "抽检任务完成率", "100%", 5),
            (None, "时效指标", "检验报告出具时限", "≤20个工作日", 5),
            (None, None, "不合格信息公开及时率", "≥95%", 5),
            ("成本指标", "经济成本指标", "单批次监督抽检成本", "≤0.12万元/批次", 10),
            ("效益指标", "社会效益指标", "食品抽检总体合格率", "≥97%", 10),
            (None, None, "公众食品安全知晓率", "≥85%", 5),
            (None, "可持续影响指标", "抽检数据信息化管理", "全面实现", 5),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 10),
            (None, None, "经营主体满意度", "≥90%", 5),
        ],
        merged=(1, 2),
    )
    signed(s, "钟丽", "0745-7710326", "罗建新")
    return b


@variant(
    "jr08-waste-sorting-direction",
    (10, 11),
    "project, NAT-2021, 指标方向 (正向/反向/定性) and 权重 columns, weights add to 100; correct",
)
def jr08() -> Book:
    b = Book()
    s = b.sheet("绩效目标", widths=(14, 16, 30, 10, 16, 10))
    project_head(
        s,
        year=2025,
        name="城区生活垃圾分类运营",
        dept="鹿鸣市城市管理局",
        unit="鹿鸣市环境卫生管理处",
        money=[
            ("年度资金总额", money(640, WAN), "其中：财政拨款", money(600, WAN)),
            ("其他资金", money(40, WAN), None, None),
        ],
        goals=["城区320个小区全面推行生活垃圾分类，回收利用率达到38%以上，居民分类习惯基本养成。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "权重")
    s.table(
        [
            ("产出指标", "数量指标", "推行垃圾分类小区数量", "正向", "≥320个", 10),
            (None, None, "配置分类收集容器数量", "正向", "≥4800个", 5),
            (None, None, "开展入户宣传指导场次", "正向", "≥200场", 5),
            (None, None, "新建再生资源回收点", "正向", "≥60个", 5),
            (None, "质量指标", "生活垃圾回收利用率", "正向", "≥38%", 10),
            (None, None, "分类收运车辆密闭化率", "正向", "100%", 5),
            (None, None, "居民分类投放准确率", "正向", "≥80%", 5),
            (None, "时效指标", "分类投诉处理时限", "反向", "≤3个工作日", 5),
            ("成本指标", "经济成本指标", "单个小区年运营补助", "反向", "≤1.5万元/个", 10),
            ("效益指标", "社会效益指标", "生活垃圾分类知晓率", "正向", "≥90%", 10),
            (None, "生态效益指标", "原生生活垃圾日均填埋量", "反向", "≤180吨", 10),
            (None, "可持续影响指标", "分类长效管理机制", "定性", "健全", 5),
            ("满意度指标", "服务对象满意度指标", "小区居民满意度", "正向", "≥90%", 10),
            (None, None, "物业服务企业满意度", "正向", "≥85%", 5),
        ],
        merged=(1, 2),
    )
    signed(s, "许蔓", "0597-8839025", "程国庆")
    return b


@variant(
    "jr09-drainage-operator",
    (1, 11),
    "project, NAT-2021, 比较符 and 单位 columns, percent cells: a 反向 failure rate with ≥",
)
def jr09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 10, 14, 14))
    project_head(
        s,
        year=2025,
        name="城区排水设施运行维护",
        dept="岚溪县住房和城乡建设局",
        unit="岚溪县市政设施维护中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(350, WAN), "其中：财政拨款", money(350, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["疏通城区排水管网180公里，保障6座排涝泵站安全运行，汛期主要道路无长时间积水。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
    s.table(
        [
            ("产出指标", "数量指标", "疏通排水管网长度", "≥", 180, "公里"),
            (None, None, "清掏雨水篦子数量", "≥", 9600, "个"),
            (None, None, "维护排涝泵站数量", "≥", 6, "座"),
            (None, "质量指标", "管网疏通验收合格率", "=", pct(1), "%"),
            (
                None,
                None,
                "泵站设备故障率",
                mk("≥", "T108", "warning", row=True, note="故障率是反向指标"),
                pct(0.02),
                "%",
            ),
            (None, "时效指标", "积水点排除时限", "≤", 2, "小时"),
            ("成本指标", "经济成本指标", "管网疏通单价", "≤", 1.5, "万元/公里"),
            ("效益指标", "社会效益指标", "城区主要道路积水点数量", "≤", 5, "个"),
            (None, "可持续影响指标", "排水设施巡查养护制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signed(s, "唐伟", "0731-6679310", "龚建华")
    return b


@variant(
    "jr10-immunisation-units",
    (1,),
    "project, NAT-2021, one value column, tiers filled down in every row: a unit in the name "
    "against another in the value, a rate given as a count",
)
def jr10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="免疫规划及预防接种服务",
        dept="枫原市卫生健康委员会",
        unit="枫原市疾病预防控制中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(200, WAN), "其中：财政拨款", money(200, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["完成免疫规划疫苗接种18万剂次，适龄儿童免疫规划疫苗接种率保持在95%以上。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    out, qual = ("产出指标", "数量指标"), ("产出指标", "质量指标")
    s.table(
        [
            (*out, "免疫规划疫苗接种剂次", "≥18万剂次"),
            (*out, "冷链设备巡查次数", "≥4次"),
            (
                *out,
                "免疫规划宣传覆盖人数（万人）",
                mk(
                    "≥3000人",
                    "T112",
                    "error",
                    alt=("T110", "T116", "T119"),
                    note="名称中万人，值中人",
                ),
            ),
            (*qual, "适龄儿童免疫规划疫苗接种率", "≥95%"),
            (*qual, "疫苗接种信息录入完成率", mk("≥95个", "T105", "error", note="比率写成个")),
            ("产出指标", "时效指标", "预防接种信息报告及时率", "≥95%"),
            ("成本指标", "经济成本指标", "单剂次接种服务补助", "≤8元/剂次"),
            ("效益指标", "社会效益指标", "群众免疫规划知晓率", "≥85%"),
            ("效益指标", "可持续影响指标", "规范化预防接种门诊占比", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "儿童家长满意度", "≥90%"),
        ],
    )
    signed(s, "何静", "0719-3371406", "孟庆丰")
    return b


@variant(
    "jr11-care-homes-two-line",
    (4,),
    "project, OLD-NAT, two-line header (绩效指标 over 一级/二级/三级), tiers filled down, values "
    "and units in their own columns, a 0 accident count; correct",
)
def jr11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="特困人员集中供养服务",
        dept="云墩县民政局",
        unit="云墩县社会福利中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(420, WAN), "其中：财政拨款", money(380, WAN)),
            ("其他资金", money(40, WAN), None, None),
        ],
        goals=["为350名集中供养特困人员提供生活照料和基本医疗保障，做到应养尽养，机构安全运行。"],
    )
    s.row("绩效指标", None, None, "年度指标值", "计量单位", "备注", merge=[(1, 3)])
    top = s.r
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    p = "产出指标"
    s.table(
        [
            (p, "数量指标", "集中供养特困人员人数", "≥350", "人", None),
            (p, "数量指标", "护理员配备人数", "≥70", "人", "按1:5配备"),
            (p, "质量指标", "供养服务机构等级评定达标率", "≥90", "%", None),
            (p, "质量指标", "供养人员健康体检覆盖率", "100", "%", None),
            (p, "时效指标", "供养金按月发放及时率", "100", "%", None),
            (p, "成本指标", "集中供养人均年供养成本", "≤1.1", "万元/人·年", None),
            ("效益指标", "社会效益指标", "特困人员应养尽养率", "100", "%", None),
            ("效益指标", "社会效益指标", "供养机构安全责任事故次数", "0", "起", None),
            ("效益指标", "可持续影响指标", "供养服务长效管理机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "供养人员满意度", "≥90", "%", None),
        ],
    )
    signed(s, "曾慧", "0745-7726630", "覃志远")
    return b


@variant(
    "jr12-performances-cost",
    (2,),
    "project, NAT-2021, 指标值设定依据 column: a cost cap above the annual budget, the same "
    "indicator under two tier-2s with different values",
)
def jr12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="公共文化惠民演出",
        dept="青禾县文化旅游广电体育局",
        unit="青禾县文化馆",
        money=[
            ("年度资金总额", money(60, WAN), "其中：财政拨款", money(60, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["全年组织送戏下乡惠民演出80场，惠及观众4万人次，丰富基层群众文化生活。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "送戏下乡演出场次",
                mk("≥80场", "D102", "error", row=True, required=False, alt=("D101", "D103")),
                "计划标准",
            ),
            (None, None, "新创排文艺节目数量", "≥6个", "计划标准"),
            (None, "质量指标", "演出节目审查合格率", "100%", "行业标准"),
            (None, "时效指标", "演出计划完成及时率", "≥95%", "历史标准"),
            (
                "成本指标",
                "经济成本指标",
                "惠民演出总成本",
                mk("≤75万元", "B107", "warning", row=True, note="年度资金仅60万元"),
                "计划标准",
            ),
            (None, None, "单场演出补助标准", "≤0.6万元/场", "计划标准"),
            ("效益指标", "社会效益指标", "惠及观众人次", "≥4万人次", "历史标准"),
            (
                None,
                None,
                mk(
                    "送戏下乡演出场次",
                    "F201",
                    "warning",
                    row=True,
                    required=False,
                    note="重复的场次指标又是填在社会效益下的产出数量",
                ),
                mk(
                    "≥60场",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="与数量指标重复且值不同",
                ),
                "历史标准",
            ),
            (None, "可持续影响指标", "培育基层文艺队伍数量", "≥12支", "计划标准"),
            ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "行业标准"),
        ],
        merged=(1, 2),
    )
    signed(s, "冯小琴", "0735-4470158", "龙跃")
    return b
