"""Project tables (§3.1) of county and city offices: jr01–jr06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout60.common import signed
from tests.variants.holdout60.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant("jr01-rural-roads", (1,), "project, NAT-2021, one value column, merged tiers; correct")
def jr01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="农村公路日常养护项目",
        dept="岚溪县交通运输局（304）",
        unit="岚溪县农村公路管理所",
        money=[
            ("年度资金总额", money(260, WAN), "其中：财政拨款", money(260, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "完成全县412公里农村公路日常养护，及时修补路面病害，保障汛期通行，优良中等路比例不低于80%。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "养护农村公路里程", "≥412公里"),
            (None, None, "路面坑槽修补面积", "≥18000平方米"),
            (None, None, "边沟清理长度", "≥95公里"),
            (None, "质量指标", "优良中等路比例", "≥80%"),
            (None, None, "养护工程验收合格率", "100%"),
            (None, "时效指标", "汛期水毁路段抢通时限", "≤48小时"),
            (None, None, "年度养护任务完成时间", "12月31日前"),
            ("成本指标", "经济成本指标", "农村公路养护单价", "≤0.6万元/公里"),
            ("效益指标", "社会效益指标", "列养路段通畅率", "≥98%"),
            (None, None, "群众出行条件", "明显改善"),
            (None, "可持续影响指标", "农村公路管养长效机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    signed(s, "周明华", "0731-6682114", "陈立")
    return b


@variant(
    "jr02-reading-three-years",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: one cumulative count copied into 年度, "
    "another 年度 count above its 中期 count",
)
def jr02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        years=3,
        name="城乡阅读推广三年行动",
        dept="枫原市文化广电旅游局",
        unit="枫原市图书馆",
        attr="新增项目",
        money=[
            ("中期资金总额", money(450, WAN), "年度资金总额", money(150, WAN)),
            ("其中：财政拨款", money(420, WAN), "其中：财政拨款", money(140, WAN)),
            ("其他资金", money(30, WAN), "其他资金", money(10, WAN)),
        ],
        goals=[
            "三年建成30个城乡阅读分馆，新增馆藏9万册，形成覆盖城乡的总分馆服务体系。",
            "2025年建成首批分馆，举办阅读推广活动不少于120场，流动图书车常态化下乡。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "新建城乡阅读分馆数量",
                "≥30个",
                mk("≥30个", "D202", "warning", note="三年累计数原样抄入年度"),
            ),
            (None, None, "举办阅读推广活动场次", "≥360场", "≥120场"),
            (None, None, "新增馆藏图书册数", "≥9万册", "≥3万册"),
            (
                None,
                None,
                "流动图书车下乡服务次数",
                "≥150次",
                mk("≥180次", "D201", "error", note="年度值大于三年值"),
            ),
            (None, "质量指标", "分馆建设验收合格率", "100%", "100%"),
            (None, None, "图书编目差错率", "≤1%", "≤1%"),
            (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            (None, "成本指标", "分馆建设补助标准", "≤3万元/个", "≤3万元/个"),
            ("效益指标", "社会效益指标", "图书借阅总人次", "≥60万人次", "≥18万人次"),
            (None, "可持续影响指标", "基层阅读服务长效运行机制", "建立并执行", "初步建立"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    signed(s, "宋佳", "0719-3305521", "韩东升")
    return b


@variant(
    "jr03-rural-water",
    (1,),
    "project, NAT-2021, value and 备注 columns: a completion date after the project's end, "
    "a satisfaction target without %",
)
def jr03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2025,
        name="农村饮水工程维修养护",
        dept="青禾县水利局",
        unit="青禾县农村供水服务中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(180, WAN), "其中：财政拨款", money(150, WAN)),
            ("其他资金", money(30, WAN), None, None),
        ],
        goals=["维修养护农村集中供水工程46处，水质达标，保障12.6万农村人口饮水安全。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "维修养护集中供水工程数量", "≥46处", None),
            (None, None, "更换老旧供水管网长度", "≥28公里", None),
            (None, None, "水质检测频次", "≥4次/年", "丰水期、枯水期各2次"),
            (None, "质量指标", "出厂水水质达标率", "≥95%", None),
            (None, None, "维修工程验收合格率", "100%", None),
            (
                None,
                "时效指标",
                "维修工程完工时间",
                mk("2026年3月31日前", "Y102", "error", note="一年期项目止于2025年12月31日"),
                None,
            ),
            (None, None, "供水故障响应时间", "≤24小时", None),
            ("成本指标", "经济成本指标", "单处工程维修成本", "≤3.5万元/处", "按定额测算"),
            ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", None),
            (None, None, "受益农村人口", "≥12.6万人", None),
            (None, "可持续影响指标", "工程管护责任落实率", "100%", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "受益群众满意度",
                mk("≥85", "T105", "error", alt=("T104", "T116"), note="满意度缺%"),
                None,
            ),
        ],
        merged=(1, 2),
    )
    signed(s, "刘婷", "0735-4418209", "欧阳平")
    return b


@variant(
    "jr04-school-meals",
    (1, 12),
    "project, NAT-2021, 比较符 and 计量单位 columns, percent cells: 资金总额 ≠ 财政拨款 + 其他资金",
)
def jr04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 10, 14, 14))
    project_head(
        s,
        year=2025,
        name="农村义务教育学生营养改善计划地方配套",
        dept="柘湾区教育局",
        unit="柘湾区学生资助管理中心",
        money=[
            (
                "年度资金总额",
                mk(money(120, WAN), "B101", "error", note="100 + 30 = 130"),
                "其中：财政拨款",
                money(100, WAN),
            ),
            ("其他资金", money(30, WAN), None, None),
        ],
        goals=[
            "为全区1500名农村义务教育学生提供营养膳食补助，食品安全零事故，学生营养状况持续改善。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "受益学生人数", "≥", 1500, "人"),
            (None, None, "全年供餐天数", "≥", 180, "天"),
            (None, None, "供餐学校数量", "≥", 23, "所"),
            (None, "质量指标", "食品安全抽检合格率", "=", pct(1), "%"),
            (None, None, "学校食堂量化等级B级以上比例", "≥", pct(0.9), "%"),
            (None, "时效指标", "补助资金拨付及时率", "≥", pct(0.95), "%"),
            ("成本指标", "经济成本指标", "营养膳食补助标准", "≤", 4, "元/人·天"),
            ("效益指标", "社会效益指标", "学生营养不良检出率", "≤", pct(0.05), "%"),
            (None, "可持续影响指标", "营养餐管理制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signed(s, "黄晓燕", "0766-2231780", "马骏")
    return b


@variant(
    "jr05-clinic-equipment",
    (8,),
    "two-year project, NAT-2021, two-line header with 实施期 and 年度 under 指标值; correct",
)
def jr05() -> Book:
    b = Book()
    s = b.sheet("设备更新")
    project_head(
        s,
        year=2025,
        years=2,
        name="基层医疗卫生机构设备更新",
        dept="鹿鸣市卫生健康委员会",
        unit="鹿鸣市卫生健康委员会",
        attr="新增项目",
        money=[
            ("中期资金总额", money(800, WAN), "年度资金总额", money(500, WAN)),
            ("其中：财政拨款", money(800, WAN), "其中：财政拨款", money(500, WAN)),
            ("其他资金", money(0, WAN), "其他资金", money(0, WAN)),
        ],
        goals=[
            "两年为全市乡镇卫生院更新DR设备12台、全自动生化分析仪20台，提升基层诊疗能力。",
            "2025年完成DR设备8台、生化分析仪12台的采购安装和人员培训。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "实施期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "更新DR设备台数", "≥12台", "≥8台"),
            (None, None, "更新全自动生化分析仪台数", "≥20台", "≥12台"),
            (None, None, "培训设备操作人员人数", "≥150人", "≥90人"),
            (None, "质量指标", "设备验收合格率", "100%", "100%"),
            (None, None, "设备完好率", "≥95%", "≥95%"),
            (None, "时效指标", "设备采购安装完成时间", "2026年10月31日前", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "DR设备单台采购成本", "≤45万元/台", "≤45万元/台"),
            (None, None, "生化分析仪单台采购成本", "≤10万元/台", "≤10万元/台"),
            ("效益指标", "社会效益指标", "乡镇卫生院诊疗人次增长率", "≥5%", "≥3%"),
            (None, "可持续影响指标", "设备维护保养制度", "建立并执行", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "就诊患者满意度", "≥90%", "≥90%"),
            (None, None, "基层医务人员满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    signed(s, "林雪", "0597-8120463", "邓海涛")
    return b


@variant(
    "jr06-farmland-year",
    (12,),
    "project, OLD-NAT, unit column beside the value: title 2025年度 while the dates are 2026",
)
def jr06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    b.file_mark("Y101", "error", alt=("Y102",), note="标题2025年度，计划日期为2026年")
    project_head(
        s,
        year=2026,
        title="2025年度项目支出绩效目标申报表",
        name="高标准农田建后管护",
        dept="岚溪县农业农村局",
        unit="岚溪县农田建设服务中心",
        money=[
            ("年度资金总额", money(96, WAN), "其中：财政拨款", money(96, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["对已建成的高标准农田开展日常管护，修复损毁灌排设施，保障农田设施正常运行。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "管护高标准农田面积", "≥6.4", "万亩"),
            (None, None, "修复损毁灌排渠道长度", "≥12", "公里"),
            (None, None, "维修机耕路长度", "≥8", "公里"),
            (None, "质量指标", "管护设施完好率", "≥90%", "%"),
            (None, "时效指标", "损毁设施修复时限", "≤30", "天"),
            (None, "成本指标", "亩均管护成本", "≤15", "元/亩"),
            ("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥20", "公斤"),
            (None, "生态效益指标", "农田灌溉水有效利用系数", "≥0.56", None),
            (None, "可持续影响指标", "管护主体责任落实情况", "落实到位", None),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "%"),
        ],
        merged=(1, 2),
    )
    signed(s, "彭志刚", "0738-5526017", "谭卫国")
    return b
