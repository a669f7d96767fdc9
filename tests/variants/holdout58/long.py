"""Very long indicator tables (60–120 rows) over several pages with the header repeated."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout58.common import VILLAGES, multi_year, one_year, paged
from tests.variants.holdout58.registry import variant
from tests.variants.kit import Book, mk, pct

W6 = (16, 16, 34, 18, 18, 26)


@variant(
    "jp01-long-roads-pages",
    (4,),
    "project, NAT-2021, 73 indicators over three pages with "
    "the header repeated, per-village counts with decimals and thousands separators",
)
def jp01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", W6)
    km = [round(1.2 + (i * 7 % 11) * 0.35, 1) for i in range(20)]
    plat = [2 + i % 4 for i in range(20)]
    rail = [850 + (i * 137 % 900) for i in range(20)]
    cost = sum(km) * 68.5 + sum(plat) * 1.8 + sum(rail) * 285 / 10000
    total = round(cost + 120, 0)  # design, supervision and contingencies on top
    project_head(
        s,
        year=2027,
        name="澄溪县2027年农村公路提质改造工程",
        dept="澄溪县交通运输局（412）",
        unit="澄溪县农村公路管理所",
        money=one_year(total, total - 800, 800),
        goals=["完成20个行政村通村公路硬化提质、会车平台和波形护栏建设，改善沿线群众出行条件。"],
    )
    header = ["一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注"]
    s.row(*header)
    rows: list[list[Any]] = []
    for i, v in enumerate(VILLAGES):
        t1 = "产出指标" if i == 0 else None
        t2 = "数量指标" if i == 0 else None
        rows.append([t1, t2, f"{v}通村公路硬化里程", f"≥{km[i]}公里", "按交工验收里程计", None])
        rows.append([None, None, f"{v}会车平台建设数量", f"≥{plat[i]}个", None, None])
        rows.append(
            [
                None,
                None,
                f"{v}波形护栏安装长度",
                f"≥{rail[i]:,}米",
                None,
                "2026年已安装420米" if i == 3 else None,
            ]
        )
    rows += [
        [None, "质量指标", "工程交工验收合格率", pct(1), "交工验收合格段落/全部段落", None],
        [None, None, "路面平整度检测达标率", "≥95%", "按JTG抽检", None],
        [None, None, "护栏安装质量抽检合格率", "≥98%", None, None],
        [None, "时效指标", "工程开工时间", "2027年3月31日前", None, None],
        [None, None, "交工验收完成时间", "2027年11月30日前", None, None],
        [
            "成本指标",
            "经济成本指标",
            "通村公路硬化单位造价",
            "≤68.5万元/公里",
            None,
            "按2025年同类工程结算价测算",
        ],
        [None, None, "会车平台单位造价", "≤1.8万元/个", None, None],
        [None, None, "波形护栏单位造价", "≤285元/米", None, None],
        ["效益指标", "社会效益指标", "沿线受益群众人数", "≥36,500人", None, "2025年末户籍人口口径"],
        [None, None, "通村公路硬化率", "≥98.5%", None, "2026年底为91.2%"],
        [None, "经济效益指标", "沿线农产品运输成本降低率", "≥8%", None, None],
        [None, "可持续影响指标", "公路管护责任落实率", pct(1), "路长制覆盖", None],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "抽样问卷", None],
    ]
    s.table(paged(rows, header, 30), merged=(1, 2))
    s.row(
        "填报人：周立群",
        None,
        "联系电话：0736-5821146",
        "审核人：何建新",
        None,
        "填报日期：2026年11月18日",
    )
    return b


SCHOOLS = (
    "城东小学",
    "城西小学",
    "南湖小学",
    "北山小学",
    "桂花小学",
    "实验小学",
    "育才中学",
    "枫岭中学",
    "东湖中学",
    "新港小学",
    "樟树小学",
    "红星小学",
    "明德中学",
    "文昌小学",
    "沙湾中学",
    "石门小学",
)


@variant(
    "jp02-long-schools-points",
    (4, 5),
    "project, NAT-2021, 62 indicators with a unit "
    "column, tier-1 labels with points, numbered tier-2s, header repeated every 25 rows",
)
def jp02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    area = [1200 + (i * 311 % 1700) for i in range(16)]
    desks = [60 + (i * 23 % 120) for i in range(16)]
    rooms = [6 + (i * 5 % 13) for i in range(16)]
    project_head(
        s,
        year=2027,
        name="枫岭区2027年中小学校舍维修改造项目",
        dept="枫岭区教育局",
        unit="枫岭区教育局后勤服务中心",
        money=one_year(2860, 2860, 0),
        goals=["完成16所中小学校舍维修、课桌椅更新和教室照明改造，消除校舍安全隐患。"],
    )
    header = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"]
    s.row(*header)
    rows: list[list[Any]] = []
    for i, sc in enumerate(SCHOOLS):
        t1 = "一、产出指标（50分）" if i == 0 else None
        t2 = "1.数量指标" if i == 0 else None
        rows.append([t1, t2, f"{sc}校舍维修面积", f"≥{area[i]:,}", "平方米", None])
        rows.append([None, None, f"{sc}课桌椅更新数量", f"≥{desks[i]}", "套", None])
        rows.append([None, None, f"{sc}教室照明改造数量", f"≥{rooms[i]}", "间", None])
    rows += [
        [None, "2.质量指标", "维修工程验收合格率", "100", "%", None],
        [None, None, "教室照度达标率", "≥95", "%", "2025年抽检达标率为71.5%"],
        [None, None, "课桌椅抽检合格率", "≥98", "%", None],
        [None, "3.时效指标", "暑期施工完成时间", "2027年8月25日前", None, "开学前完工"],
        [None, None, "工程款支付及时率", "≥95", "%", None],
        ["二、成本指标（10分）", "1.经济成本指标", "校舍维修单位造价", "≤620", "元/平方米", None],
        [None, None, "课桌椅单价", "≤480", "元/套", None],
        [
            "三、效益指标（30分）",
            "1.社会效益指标",
            "受益在校学生人数",
            "≥18,600",
            "人",
            "2026年秋季学期在校生18,942人",
        ],
        [None, None, "校舍安全隐患整改率", "100", "%", None],
        [None, "2.可持续影响指标", "校舍维修档案建档率", "100", "%", None],
        [None, None, "维修设施保修期", "≥2", "年", None],
        ["四、满意度指标（10分）", "1.服务对象满意度指标", "师生满意度", "≥90", "%", None],
        [None, None, "家长满意度", "≥88", "%", None],
        [None, None, "学校满意度", "≥92", "%", None],
    ]
    s.table(paged(rows, header, 25), merged=(1, 2))
    s.row("注：产出50分、成本10分、效益30分、满意度10分，合计100分。", merge=[(1, 6)])
    s.row("单位负责人：", None, "财务负责人：", None, "填表人：", "2026年11月20日")
    return b


EQUIPMENT = (
    "彩色多普勒超声诊断仪",
    "数字化X射线摄影系统",
    "多参数监护仪",
    "呼吸机",
    "高频电刀",
    "麻醉机",
    "全自动生化分析仪",
    "血细胞分析仪",
    "电子胃肠镜",
    "腹腔镜系统",
    "除颤仪",
    "输液泵",
    "注射泵",
    "心电图机",
    "动态血压监测仪",
    "眼底照相机",
    "裂隙灯显微镜",
    "口腔综合治疗台",
    "牙科X光机",
    "婴儿培养箱",
    "新生儿黄疸治疗仪",
    "胎心监护仪",
    "骨密度仪",
    "肺功能仪",
    "电动手术床",
    "无影灯",
    "全自动化学发光免疫分析仪",
    "尿液分析仪",
    "凝血分析仪",
    "血气分析仪",
    "脉动真空灭菌器",
    "低温等离子灭菌器",
    "清洗消毒机",
    "医用制氧机",
    "负压吸引器",
    "床旁血液净化机",
    "纤维支气管镜",
    "中央监护系统",
    "康复训练设备",
    "中频治疗仪",
    "医用冷藏箱",
    "心肺复苏机",
    "转运呼吸机",
    "电动吸痰器",
    "便携式超声仪",
)


@variant(
    "jp03-long-hospital-defects",
    (4,),
    "project, OLD-NAT, 60 indicators with a 比较符 "
    "column and a unit column over three pages: a rate above 100 %, a row repeated after a "
    "page break",
)
def jp03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 16, 34, 10, 14, 14))
    project_head(
        s,
        year=2027,
        name="岚山县人民医院2027年医疗设备更新项目",
        dept="岚山县卫生健康局",
        unit="岚山县人民医院",
        money=one_year(3450, 2950, 500),
        goals=["更新45类医疗设备，提升县域急危重症救治和常见病诊疗能力。"],
    )
    header = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]
    s.row(*header)
    rows: list[list[Any]] = []
    for i, e in enumerate(EQUIPMENT):
        t1 = "产出指标" if i == 0 else None
        t2 = "数量指标" if i == 0 else None
        rows.append([t1, t2, f"{e}购置数量", "≥", 1 + i % 4, "台"])
    rows.insert(
        31,
        [
            None,
            None,
            mk(f"{EQUIPMENT[2]}购置数量", "D101", "warning", row=True, alt=("D102", "D103")),
            "≥",
            3,
            "台",
        ],
    )
    rows += [
        [None, "质量指标", "设备验收合格率", "=", pct(1), "%"],
        [None, None, "设备开机完好率", "≥", mk(pct(1.02), "T106", "error", row=True), "%"],
        [None, None, "操作人员培训合格率", "≥", pct(0.95), "%"],
        [None, "时效指标", "设备招标采购完成时间", "≤", "2027年6月30日", None],
        [None, None, "设备安装调试完成时间", "≤", "2027年9月30日", None],
        [None, "成本指标", "设备采购预算控制率", "≤", pct(1), "%"],
        [None, None, "彩色多普勒超声诊断仪单价", "≤", 168, "万元/台"],
        ["效益指标", "社会效益指标", "县域内就诊率", "≥", pct(0.9), "%"],
        [None, None, "急危重症抢救成功率", "≥", pct(0.95), "%"],
        [None, None, "急危重症患者外转率下降", "≥", 3, "百分点"],
        [None, "可持续影响指标", "设备使用年限", "≥", 8, "年"],
        [None, None, "设备维保制度落实率", "=", pct(1), "%"],
        ["满意度指标", "服务对象满意度指标", "患者满意度", "≥", pct(0.9), "%"],
        [None, None, "医护人员满意度", "≥", pct(0.9), "%"],
    ]
    s.table(paged(rows, header, 26), merged=(1, 2))
    s.row("填报单位（盖章）：岚山县人民医院", None, None, "填报日期：", "2026年11月", None)
    return b


STREETS = (
    "江滨片区",
    "老城片区",
    "北门片区",
    "南苑片区",
    "东坝片区",
    "西关片区",
    "河湾片区",
    "新桥片区",
    "桐林片区",
    "金湖片区",
    "学府片区",
    "工业园片区",
    "站前片区",
    "滨湖片区",
    "梧桐片区",
    "望江片区",
    "白塔片区",
    "柳岸片区",
    "青年路片区",
    "文化路片区",
)


@variant(
    "jp04-long-drainage-period",
    (4, 8),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns, 69 indicators over three pages with the header repeated",
)
def jp04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        years=3,
        name="澄江市城区排水管网改造工程（2027—2029年）",
        dept="澄江市住房和城乡建设局",
        unit="澄江市排水管理处",
        money=multi_year((12600, 9600, 3000), (4200, 3200, 1000)),
        goals=[
            "三年完成城区20个片区排水管网雨污分流改造，消除主要易涝点。",
            "2027年完成江滨、老城等片区管网改造，易涝点整治先行。",
        ],
    )
    header = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"]
    s.row(*header)
    rows: list[list[Any]] = []
    for i, st in enumerate(STREETS):
        t1 = "产出指标" if i == 0 else None
        t2 = "数量指标" if i == 0 else None
        pipe = round(2.5 + (i * 7 % 9) * 0.45, 2)
        wells = 40 + (i * 13 % 50)
        inlets = 60 + (i * 17 % 80)
        share = (i % 3 + 1) / 6
        rows.append(
            [
                t1,
                t2,
                f"{st}雨污分流管网改造长度",
                f"≥{pipe}公里",
                f"≥{round(pipe * share, 2)}公里",
                None,
            ]
        )
        rows.append(
            [None, None, f"{st}检查井改造数量", f"≥{wells}座", f"≥{int(wells * share)}座", None]
        )
        rows.append(
            [None, None, f"{st}雨水口改造数量", f"≥{inlets}个", f"≥{int(inlets * share)}个", None]
        )
    rows += [
        [None, "质量指标", "管道闭水试验合格率", pct(1), pct(1), None],
        [None, None, "管网工程验收合格率", pct(1), pct(1), None],
        [None, "时效指标", "年度改造任务完成时间", "2029年12月31日前", "2027年12月31日前", None],
        [
            "成本指标",
            "经济成本指标",
            "雨污分流管网综合造价",
            "≤140万元/公里",
            "≤140万元/公里",
            None,
        ],
        [None, "生态环境成本指标", "施工噪声扰民投诉次数", "≤15次", "≤5次", None],
        ["效益指标", "社会效益指标", "城区易涝点消除数量", "≥12个", "≥4个", "2026年排查易涝点12个"],
        [None, "生态效益指标", "城区生活污水集中收集率", "≥75%", "≥68%", "2025年为61.3%"],
        [None, "可持续影响指标", "管网设施设计使用年限", "≥50年", "≥50年", None],
        ["满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%", "≥90%", None],
    ]
    s.table(paged(rows, header, 24), merged=(1, 2))
    s.row("填报人：卢卫东", None, "联系电话：0759-3361208", None, "审核：", None)
    return b
