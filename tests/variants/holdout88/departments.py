"""Department tables (§3.2) of the 88th held-out set, tiered and flat, and stacked projects:
kt07–kt12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout88.common import OPS6, header, signature
from tests.variants.holdout88.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct


@variant(
    "kt07-agri-bureau",
    (12,),
    "department, NAT-2021, tasks adding to 项目支出, 指标性质 as "
    "operator words, 度量单位 column (correct)",
)
def kt07() -> Book:
    b = Book()
    s = b.sheet("部门整体", (14, 18, 30, 14, 16, 14))
    department_head(
        s,
        year=2026,
        dept="檀溪县农业农村局",
        budget=[(money(1860.5), money(1720.5), money(140), money(1240.5), money(620))],
        tasks=[
            ("耕地质量提升", "实施耕地地力提升3万亩", money(210), "耕地质量等级提高0.2等"),
            ("基层农技推广", "培训高素质农民、建设示范基地", money(156), "培训农民800人次"),
            ("动物疫病防控", "重大动物疫病强制免疫", money(134), "应免畜禽免疫密度≥90%"),
            ("农产品质量安全监测", "定量检测与快速检测", money(120), "抽检合格率≥98%"),
            ("金额合计", None, money(620), None),
        ],
        goal="2026年稳定粮食播种面积26万亩，完成耕地地力提升3万亩，培训高素质农民800人次，"
        "重大动物疫病免疫密度保持在90%以上，农产品质量安全抽检合格率达到98%以上。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
    rows = [
        ("成本指标", "经济成本指标", "耕地地力提升亩均补助标准", "小于等于", 70, "元/亩"),
        ("产出指标", "数量指标", "粮食播种面积", "大于等于", 26, "万亩"),
        (None, None, "耕地地力提升面积", "大于等于", 3, "万亩"),
        (None, None, "高素质农民培训人次", "大于等于", 800, "人次"),
        (None, None, "农产品质量安全定量检测批次", "大于等于", 1200, "批次"),
        (None, "质量指标", "应免畜禽免疫密度", "大于等于", pct(0.9), "%"),
        (None, None, "农产品质量安全抽检合格率", "大于等于", pct(0.98), "%"),
        (None, "时效指标", "春耕物资调度到位时间", "小于等于", "2026年3月15日", "—"),
        ("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", "大于等于", pct(0.065), "%"),
        (None, "社会效益指标", "区域性重大动物疫情发生次数", "等于", 0, "次"),
        (None, "生态效益指标", "农作物秸秆综合利用率", "大于等于", pct(0.92), "%"),
        (None, "可持续影响指标", "耕地质量等级提升", "大于等于", 0.2, "等"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "大于等于", pct(0.9), "%"),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "邓春燕", "0745-3310 266", 2025, 11, 20, "彭志高")
    return b


@variant(
    "kt08-health-commission",
    (10, 12),
    "department, NAT-2021, 权重 column: tasks that do not add up to 项目支出, weights adding to 95",
)
def kt08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 10, 16, 8))
    department_head(
        s,
        year=2026,
        dept="朔阳市卫生健康委员会",
        budget=[(money(3260), money(2980), money(280), money(2410), money(850))],
        tasks=[
            (
                "基本公共卫生服务",
                "13类基本公共卫生服务项目",
                money(420),
                "居民电子健康档案建档率≥90%",
            ),
            ("家庭医生签约服务", "重点人群签约与履约", money(160), "重点人群签约率≥75%"),
            ("慢性病综合防控", "高血压、糖尿病患者规范管理", money(118), "规范管理率≥65%"),
            ("卫生应急能力建设", "应急物资储备与演练", money(90), "开展演练4次"),
            (
                "金额合计",
                None,
                mk(
                    money(850),
                    "B102",
                    "error",
                    note="420 + 160 + 118 + 90 = 788, not 850 (= 项目支出)",
                ),
                None,
            ),
        ],
        goal="2026年做好基本公共卫生服务，居民电子健康档案建档率达到90%以上，重点人群家庭医生"
        "签约率达到75%以上，高血压、糖尿病患者规范管理率达到65%以上，开展卫生应急演练4次。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "权重")
    rows = [
        ("成本指标", "经济成本指标", "人均基本公共卫生服务经费补助标准", "≤", "94元/人", 5),
        (None, None, "卫生应急物资储备经费", "≤", "60万元", 5),
        ("产出指标", "数量指标", "卫生应急演练次数", "≥", "4次", 10),
        (None, None, "健康教育讲座场次", "≥", "120场", 10),
        (None, "质量指标", "居民电子健康档案建档率", "≥", pct(0.9), 10),
        (None, None, "重点人群家庭医生签约率", "≥", pct(0.75), 5),
        (None, None, "高血压患者规范管理率", "≥", pct(0.65), 5),
        (None, "时效指标", "突发公共卫生事件报告及时率", "=", pct(1), 5),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥", pct(0.3), 10),
        (None, None, "孕产妇系统管理率", "≥", pct(0.9), 10),
        (None, "可持续影响指标", "基层卫生服务体系运行机制", "定性", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", pct(0.9), 10),
    ]
    s.table(rows, merged=(1, 2))
    b.file_mark("W101", "error", note="the weights add up to 95, not 100")
    signature(s, "许文静", "0477-8126 503", 2025, 11, 24)
    return b


@variant(
    "kt09-flat-market-regulation",
    (3, 12),
    "department, flat list (指标名称 · 权重 · "
    "计量单位 · 比较符 · 指标值), tasks adding to 项目支出, weights to 100 (correct)",
)
def kt09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (30, 10, 12, 10, 16, 12))
    department_head(
        s,
        year=2026,
        dept="青枫区市场监督管理局",
        budget=[(money(2145.8), money(2065.8), money(80), money(1795.8), money(350))],
        tasks=[
            ("食品安全抽检", "食品安全监督抽检", money(168), "抽检3000批次"),
            ("特种设备安全监察", "电梯、锅炉等定期检验督导", money(92), "定期检验率≥98%"),
            ("知识产权保护", "专利、商标侵权案件查处", money(90), "办结率≥95%"),
            ("金额合计", None, money(350), None),
        ],
        goal="2026年完成食品安全监督抽检3000批次，特种设备定期检验率达到98%以上，"
        "知识产权侵权案件办结率达到95%以上，市场主体满意度达到90%以上。",
    )
    header(s, "指标名称", "权重", "计量单位", "比较符", "指标值", "备注")
    rows = [
        ("食品安全监督抽检批次", 20, "批次", "≥", 3000, None),
        ("食品抽检不合格品处置率", 10, "%", "=", pct(1), None),
        ("特种设备定期检验率", 10, "%", "≥", pct(0.98), None),
        ("特种设备安全事故起数", 10, "起", "≤", 0, "含亡人事故"),
        ("知识产权侵权案件办结率", 10, "%", "≥", pct(0.95), None),
        ("投诉举报按时办结率", 10, "%", "≥", pct(0.95), None),
        ("新登记市场主体数量", 10, "户", "≥", 4500, None),
        ("单批次食品抽检平均成本", 10, "元/批次", "≤", 560, None),
        ("市场主体满意度", 10, "%", "≥", pct(0.9), "第三方调查"),
        ("合计", 100, None, None, None, None),
    ]
    s.table(rows)
    signature(s, "林静怡", "0591-8870 1142", 2025, 11, 19)
    return b


@variant(
    "kt10-culture-tourism",
    (8, 11),
    "department, NAT-2021, 比较符 with 实施周期 and 年度 "
    "columns: a 反向 rate with ≥, an annual rate typed as 105 %",
)
def kt10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 10, 16, 16))
    department_head(
        s,
        year=2026,
        dept="汐川县文化旅游体育局",
        budget=[(money(1420.6), money(1380.6), money(40), money(986.6), money(434))],
        tasks=[
            ("文化惠民演出", "送戏下乡、广场演出", money(126), "演出180场"),
            ("文物保护", "不可移动文物巡查与修缮", money(188), "修缮文物点6处"),
            ("全民健身", "健身设施更新与赛事", money(120), "更新健身路径40处"),
            ("金额合计", None, money(434), None),
        ],
        goal="2026年开展文化惠民演出180场，修缮文物点6处，更新全民健身路径40处，"
        "基层综合文化服务中心达标率达到95%以上，文物安全事故发生率控制在1%以内。",
    )
    header(s, *OPS6[:4], "实施周期指标值", "年度指标值")
    rows = [
        ("成本指标", "经济成本指标", "单场惠民演出补助标准", "≤", "0.7万元/场", "0.7万元/场"),
        ("产出指标", "数量指标", "文化惠民演出场次", "≥", "180场", "180场"),
        (None, None, "文物点修缮数量", "≥", "6处", "6处"),
        (None, None, "更新全民健身路径", "≥", "40处", "40处"),
        (
            None,
            "质量指标",
            "基层综合文化服务中心达标率",
            "≥",
            pct(0.95),
            mk(
                ok(pct(1.05), "error", note="D201 or T114-like findings tolerated here"),
                "T106",
                "error",
                note="the annual 达标率 typed 105 %",
            ),
        ),
        (None, None, "文物修缮工程验收合格率", "=", pct(1), pct(1)),
        (None, "时效指标", "文物修缮工程完工时间", "≤", "2026年11月30日", "2026年11月30日"),
        ("效益指标", "社会效益指标", "公共文化场馆接待人次", "≥", "52万人次", "52万人次"),
        (
            None,
            None,
            mk(
                "文物安全事故发生率",
                "T108",
                "warning",
                row=True,
                alt=("D104",),
                note="a 反向 rate with ≥; the goal says 控制在1%以内",
            ),
            "≥",
            pct(0.01),
            pct(0.01),
        ),
        (None, "可持续影响指标", "文物安全巡查长效机制", "定性", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥", pct(0.9), pct(0.9)),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "秦月", "0736-5560 771", 2025, 11, 27, "贺斌")
    return b


@variant(
    "kt11-sewer-network-three-years",
    (8, 12),
    "three-year project, NAT-2021, 中期/年度 "
    "columns with units inside: a 其中 note above its whole in the annual money cell, an "
    "annual length above the period one",
)
def kt11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 14))
    project_head(
        s,
        year=2026,
        years=3,
        name="朔阳市城区雨污分流管网改造（2026—2028年）",
        dept="朔阳市住房和城乡建设局（309001）",
        unit="朔阳市排水管理处",
        money=[
            (
                "中期资金总额",
                money(900, WAN),
                "年度资金总额",
                mk(
                    ok("318.00万元（其中：中央补助336.00万元）"),
                    "B101",
                    "error",
                    row=True,
                    alt=("B102",),
                    note="the 其中 part 336 is above its whole 318",
                ),
            ),
            ("其中：财政拨款", money(820, WAN), "其中：财政拨款", money(288, WAN)),
            ("其他资金", money(80, WAN), "其他资金", money(30, WAN)),
        ],
        goals=[
            "2026—2028年完成城区雨污分流管网改造36公里，新建泵站2座，城区污水集中收集率"
            "达到75%以上。",
            "2026年完成管网改造12公里，启动1座泵站建设，城区污水集中收集率达到68%以上。",
        ],
        attr="新增项目",
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    rows = [
        (
            "成本指标",
            "经济成本指标",
            mk(
                "每公里管网改造综合成本",
                "B107",
                "warning",
                row=True,
                required=False,
                note="follows from the 42 km slip: 22 × 42 = 924 > 318",
            ),
            "≤22万元/公里",
            "≤22万元/公里",
            None,
        ),
        (
            "产出指标",
            "数量指标",
            mk(
                "雨污分流管网改造长度",
                "D104",
                "warning",
                row=True,
                required=False,
                note="follows from the slip: the 年度目标 says 12公里",
            ),
            "≥36公里",
            mk("≥42公里", "D201", "error", note="annual 42 km above the period's 36 km"),
            None,
        ),
        (None, None, "新建污水提升泵站", "≥2座", "≥1座", "年度为开工"),
        (None, None, "改造排水户接入数量", "≥5400户", "≥1800户", None),
        (None, "质量指标", "管道闭水试验合格率", "=100%", "=100%", None),
        (None, None, "工程质量验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "年度改造任务完成率", "≥95%", "≥95%", None),
        ("效益指标", "生态效益指标", "城区污水集中收集率", "≥75%", "≥68%", None),
        (None, None, "污水处理厂进水BOD浓度", "≥100mg/L", "≥90mg/L", None),
        (None, "社会效益指标", "汛期城区积水点消除数量", "≥10处", "≥4处", None),
        (None, "可持续影响指标", "排水管网运维机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "≥88%", None),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "马骏", "0477-2219 630", 2025, 11, 14, "韩雪")
    return b


@variant(
    "kt12-stacked-two-sports",
    (2, 11),
    "two projects stacked, OLD-NAT, 比较符 column: "
    "the second project's goal names another year, a 反向 rate with ≥",
)
def kt12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 16, 12))
    hdr = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    project_head(
        s,
        year=2026,
        title="2026年度项目支出绩效目标表（体育类）",
        name="青枫区青少年体育训练补助",
        dept="青枫区教育体育局（206010）",
        unit="青枫区业余体校",
        money=[
            ("年度资金总额", money(54, WAN), "其中：财政拨款", money(54, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["2026年培养青少年业余训练运动员260人，参加市级以上比赛12次，向上级输送运动员8人。"],
    )
    header(s, *hdr)
    s.table(
        [
            ("产出指标", "数量指标", "在训青少年运动员人数", "≥", 260, "人"),
            (None, None, "参加市级以上比赛次数", "≥", 12, "次"),
            (None, None, "向上级运动队输送人数", "≥", 8, "人"),
            (None, "质量指标", "教练员持证上岗率", "=", pct(1), "%"),
            (None, "时效指标", "训练补助按月发放率", "≥", pct(0.95), "%"),
            (None, "成本指标", "运动员训练补助标准", "≤", 1800, "元/人·年"),
            ("效益指标", "社会效益指标", "市级以上比赛获奖人次", "≥", 40, "人次"),
            (None, "可持续影响指标", "后备人才梯队", "定性", "稳定", "—"),
            ("满意度指标", "服务对象满意度指标", "运动员及家长满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="青枫区全民健身赛事活动",
        dept="青枫区教育体育局（206010）",
        unit="青枫区全民健身服务中心",
        money=[
            ("年度资金总额", money(46, WAN), "其中：财政拨款", money(40, WAN)),
            ("其他资金", money(6, WAN), None, None),
        ],
        goals=[
            mk(
                "2025年举办区级全民健身赛事16项，参与群众2万人次，赛事安全事故发生率控制在"
                "0.5%以下。",
                "Y101",
                "error",
                alt=("Y103",),
                note="the second project of a 2026 table names 2025",
            ),
        ],
    )
    header(s, *hdr)
    s.table(
        [
            ("产出指标", "数量指标", "举办区级全民健身赛事", "≥", 16, "项"),
            (None, None, "参赛群众人次", "≥", 20000, "人次"),
            (None, None, "社会体育指导员培训人数", "≥", 150, "人"),
            (None, "质量指标", "赛事组织规范达标率", "≥", pct(0.95), "%"),
            (None, "时效指标", "赛事按计划举办率", "≥", pct(0.95), "%"),
            (None, "成本指标", "单项赛事平均办赛成本", "≤", 2.6, "万元/项"),
            (
                "效益指标",
                "社会效益指标",
                mk(
                    "赛事安全事故发生率",
                    "T108",
                    "warning",
                    row=True,
                    alt=("D104",),
                    note="a 反向 rate with ≥; the goal says 0.5%以下",
                ),
                "≥",
                pct(0.005, "0.0%"),
                "%",
            ),
            (None, None, "经常参加体育锻炼人口比例", "≥", pct(0.42), "%"),
            ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signature(s, "蒋浩", "0591-8860 327", 2025, 11, 22)
    return b
