"""预算管理一体化系统 exports: every cell text, 指标编码, the value split into 比较符 │ 指标值 │
计量单位 │ 指标方向, a 年度/中期 flag column, hidden helper columns, malformed thresholds."""

from __future__ import annotations

from tests.variants.holdout46.common import SPLIT, coded, footer, system_head
from tests.variants.holdout46.registry import variant
from tests.variants.kit import WAN, Book, C, mk, ok, pct

WIDTHS = (12, 14, 18, 30, 8, 10, 10, 10)


@variant("jd01-split-columns-ok", (1, 5, 7), "project export, NAT-2021, all cells text, 指标编码, "
         "比较符/指标值/计量单位/指标方向 columns, 01 产出指标 codes, 打印时间 footer")  # fmt: skip
def jd01() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    system_head(s, title="2025年度项目支出绩效目标表", name="岚溪镇老旧供水管网改造工程",
                code="331127250000000012", dept="岚溪县水务局", unit="岚溪县城乡供水服务中心",
                money=("1380.00", "1200.00", "180.00"),
                goal="完成岚溪镇老城区12.5公里老旧供水管网改造，更换智能水表3200只，管网漏损率"
                     "降至9%以内，保障片区居民用水安全。")  # fmt: skip
    s.row(*SPLIT)
    s.table(coded([
        ("01 产出指标", "0101 数量指标", "改造老旧供水管网长度", "≥", "12.5", "公里", "正向"),
        ("01 产出指标", "0101 数量指标", "更换智能水表数量", "≥", "3200", "只", "正向"),
        ("01 产出指标", "0102 质量指标", "管网改造工程验收合格率", "=", "100", "%", "正向"),
        ("01 产出指标", "0103 时效指标", "工程施工工期", "≤", "240", "日", "反向"),
        ("02 成本指标", "0201 经济成本指标", "管网改造单位成本", "≤", "96", "万元/公里", "反向"),
        ("02 成本指标", "0202 社会成本指标", "施工期间临时停水户次", "≤", "800", "户次", "反向"),
        ("03 效益指标", "0301 社会效益指标", "片区管网漏损率", "≤", "9", "%", "反向"),
        ("03 效益指标", "0302 可持续影响指标", "改造管网设计使用年限", "≥", "30", "年", "正向"),
        ("04 满意度指标", "0401 服务对象满意度指标", "片区居民满意度", "≥", "90", "%", "正向"),
    ]))  # fmt: skip
    footer(s, "2024-11-18 10:32:05")
    return b


@variant("jd02-split-columns-defects", (1, 11), "project export, NAT-2021, all text, split "
         "columns: a 反向 rate with ≥, a rate over 100, a coverage rate as a count")  # fmt: skip
def jd02() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    system_head(s, title="2025年度项目支出绩效目标表", name="中小学校园食堂食品安全提升",
                code="331127250000000047", dept="岚溪县教育局", unit="岚溪县学校后勤管理中心",
                money=("265.00", "265.00", "0.00"),
                goal="为全县36所中小学食堂配备快检设备并开展抽检，食堂食品抽检合格率保持在98%"
                     "以上，家长投诉率控制在5%以内。")  # fmt: skip
    s.row(*SPLIT)
    s.table(coded([
        ("产出指标", "数量指标", "配备食品快检设备学校数", "≥", "36", "所", "正向"),
        ("产出指标", "数量指标", "年度食品抽检批次", "≥", "1440", "批次", "正向"),
        ("产出指标", "质量指标", "食堂食品抽检合格率", "≥",
         mk("105", "T106", "error", note="a 合格率 cannot exceed 100%"), "%", "正向"),
        ("产出指标", "质量指标", "明厨亮灶覆盖率", "≥",
         mk("36", "T105", "error", alt=("T112",), note="a rate given as the school count"),
         "所", "正向"),
        ("产出指标", "时效指标", "抽检结果反馈时限", "≤", "3", "个工作日", "反向"),
        ("成本指标", "经济成本指标", "单校快检设备购置成本", "≤", "4.5", "万元/所", "反向"),
        ("效益指标", "社会效益指标", "家长食品安全投诉率",
         mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"), "5", "%", "反向"),
        ("效益指标", "可持续影响指标", "食堂食品安全管理制度执行", "=", "持续执行", "", "定性"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", "90", "%", "正向"),
    ]))  # fmt: skip
    footer(s, "2024-11-20 15:07:41")
    return b


FLAG = ("一级指标", "二级指标", "三级指标", "期间", "比较符", "指标值", "计量单位")


def _multi_year(b: Book, *, name: str, code: str, dept: str, unit: str, money: tuple[str, ...],
                goals: tuple[str, str], rows: list[list[object]]) -> None:  # fmt: skip
    s = b.sheet("绩效目标", (14, 18, 28, 8, 8, 10, 10))
    s.row("2025年度项目支出绩效目标表（实施期2025年—2027年）", merge=[(1, 7)])
    s.row("项目名称", name, None, None, "项目编码", code, None, merge=[(2, 4), (6, 7)])
    s.row("主管部门", dept, None, None, "实施单位", unit, None, merge=[(2, 4), (6, 7)])
    s.row("项目期", "3年", "计划开始日期", "2025-01-01", "计划完成日期", "2027-12-31")
    s.row("中期资金总额（万元）", money[0], "年度资金总额（万元）", money[1], "其中：财政拨款",
          money[2], merge=[(6, 7)])  # fmt: skip
    s.row("中期目标（2025年—2027年）", goals[0], merge=[(2, 7)])
    s.row("年度目标（2025年）", goals[1], merge=[(2, 7)])
    s.row(*FLAG)
    s.table(rows, merged=(1, 2, 3))


@variant("jd03-flag-column-ok", (5, 8), "three-year project export, NAT-2021, 期间 flag column "
         "(中期/年度) with each indicator on two rows, names merged over both")  # fmt: skip
def jd03() -> Book:
    b = Book()
    _multi_year(b, name="云岙乡高标准农田提升改造", code="331127250000000103",
                dept="岚溪县农业农村局", unit="云岙乡人民政府",
                money=("2400.00", "800.00", "800.00"),
                goals=("2025—2027年累计建成高标准农田3600亩，配套灌排渠道18公里，耕地质量等级提升"
                       "0.5等。", "2025年建成高标准农田1200亩，配套灌排渠道6公里。"),
                rows=[
        ["产出指标", "数量指标", "新建高标准农田面积", "中期", "≥", "3600", "亩"],
        [None, None, None, "年度", "≥", "1200", "亩"],
        [None, None, "配套灌排渠道长度", "中期", "≥", "18", "公里"],
        [None, None, None, "年度", "≥", "6", "公里"],
        [None, "质量指标", "工程验收合格率", "中期", "=", "100", "%"],
        [None, None, None, "年度", "=", "100", "%"],
        [None, "时效指标", "年度建设任务完成时限", "中期", "≤", "2027年12月", ""],
        [None, None, None, "年度", "≤", "2025年12月", ""],
        ["成本指标", "经济成本指标", "亩均建设成本", "中期", "≤", "0.65", "万元/亩"],
        [None, None, None, "年度", "≤", "0.65", "万元/亩"],
        ["效益指标", "经济效益指标", "项目区粮食亩产增加", "中期", "≥", "50", "公斤"],
        [None, None, None, "年度", "≥", "30", "公斤"],
        [None, "可持续影响指标", "工程设计使用年限", "中期", "≥", "15", "年"],
        [None, None, None, "年度", "≥", "15", "年"],
        ["满意度指标", "服务对象满意度指标", "项目区农户满意度", "中期", "≥", "90", "%"],
        [None, None, None, "年度", "≥", "90", "%"],
    ])  # fmt: skip
    return b


@variant("jd04-flag-column-copied", (8,), "three-year project export, 期间 flag column: cumulative "
         "counts copied from 中期 into 年度, one 年度 count above its 中期 count")  # fmt: skip
def jd04() -> Book:
    b = Book()
    _multi_year(b, name="溪口片区智慧路灯改造", code="331127250000000118",
                dept="岚溪县住房和城乡建设局", unit="岚溪县市政设施管理所",
                money=("1650.00", "560.00", "560.00"),
                goals=("2025—2027年改造智慧路灯4500盏，建成路灯集中控制平台1个，照明能耗下降30%。",
                       "2025年改造智慧路灯1500盏，完成集中控制平台建设。"),
                rows=[
        ["产出指标", "数量指标", "改造智慧路灯数量", "中期", "≥", "4500", "盏"],
        [None, None, None, "年度", "≥",
         ok(mk("4500", "D202", "warning", note="the period count copied into the year")),
         "盏"],
        [None, None, "新建路灯控制箱数量", "中期", "≥", "90", "台"],
        [None, None, None, "年度", "≥",
         mk("90", "D202", "warning", note="the period count copied into the year"), "台"],
        [None, None, "集中控制平台建设数量", "中期", "=", "1", "个"],
        [None, None, None, "年度", "=", "1", "个"],
        [None, None, "更换老旧灯杆数量", "中期", "≥", "600", "根"],
        [None, None, None, "年度", "≥",
         mk("800", "D201", "error", note="the annual count above the period count"), "根"],
        [None, "质量指标", "路灯亮灯率", "中期", "≥", "98", "%"],
        [None, None, None, "年度", "≥", "98", "%"],
        ["成本指标", "经济成本指标", "单盏路灯改造成本", "中期", "≤", "0.35", "万元/盏"],
        [None, None, None, "年度", "≤",
         mk("0.35", "B107", "warning", row=True, required=False,
            note="0.35 × the copied 4500 exceeds the annual 560: the same copy"), "万元/盏"],
        ["效益指标", "生态效益指标", "道路照明能耗下降率", "中期", "≥", "30", "%"],
        [None, None, None, "年度", "≥", "10", "%"],
        ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "中期", "≥", "90", "%"],
        [None, None, None, "年度", "≥", "90", "%"],
    ])  # fmt: skip
    return b


@variant("jd05-hidden-helpers-ok", (1, 7), "财政绩效系统 export, NAT-2021, hidden 行号 and 指标ID "
         "helper columns, percent cells 0.95 with 0%, amounts in 0.00\"万元\"")  # fmt: skip
def jd05() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (6, 14, 18, 30, 8, 12, 10, 14))
    s.ws.column_dimensions["A"].hidden = True
    s.ws.column_dimensions["H"].hidden = True
    s.row(None, "2025年度项目支出绩效目标表", merge=[(2, 7)])
    s.row(None, "项目名称", "岚溪县全民健身场地设施补短板", None, "主管部门",
          "岚溪县文化和广电旅游体育局", merge=[(3, 4), (6, 7)])  # fmt: skip
    s.row(
        None,
        "实施单位",
        "岚溪县体育事业发展中心",
        None,
        "项目属性",
        "新增项目",
        merge=[(3, 4), (6, 7)],
    )
    s.row(None, "资金总额", C(420, WAN), "其中：财政拨款", C(380, WAN), "其他资金", C(40, WAN))
    s.row(None, "年度绩效目标", "新建社区多功能运动场12个、健身步道8公里，更新村级健身器材60套，"
          "提高群众健身设施可及性。", merge=[(3, 7)])  # fmt: skip
    s.row("行号", "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标ID")
    s.table([
        [1, "产出指标", "数量指标", "新建社区多功能运动场", "≥", 12, "个", "ZB25-0871"],
        [2, None, None, "新建健身步道长度", "≥", 8, "公里", "ZB25-0872"],
        [3, None, None, "更新村级健身器材", "≥", 60, "套", "ZB25-0873"],
        [4, None, "质量指标", "设施竣工验收合格率", "=", pct(1), "%", "ZB25-0874"],
        [5, None, "时效指标", "年度建设任务完成率", "≥", pct(0.95), "%", "ZB25-0875"],
        [6, "成本指标", "经济成本指标", "单个运动场建设成本", "≤", C(22, WAN), "", "ZB25-0876"],
        [7, "效益指标", "社会效益指标", "人均体育场地面积", "≥", 2.6, "平方米", "ZB25-0877"],
        [8, None, "可持续影响指标", "设施免费或低收费开放率", "=", pct(1), "%", "ZB25-0878"],
        [9, "满意度指标", "服务对象满意度指标", "健身群众满意度", "≥", pct(0.9), "%", "ZB25-0879"],
    ], merged=(2, 3), col=1)  # fmt: skip
    s.skip()
    s.row(None, "填表人：周岚", None, "审核人：郑启明", None, "联系电话：0579-86123370")
    return b


@variant("jd06-codes-malformed", (5, 9), "project export, OLD-NAT, tier labels with codes "
         "(一、产出指标, 1.1数量指标), operators inside values, malformed thresholds")  # fmt: skip
def jd06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 16, 12, 10))
    system_head(
        s,
        title="2025年度项目支出绩效目标表",
        name="岚溪县基层医疗机构慢病随访服务",
        code="331127250000000215",
        dept="岚溪县卫生健康局",
        unit="岚溪县疾病预防控制中心",
        money=("310.00", "310.00", "0.00"),
        width=6,
        goal="对全县高血压、糖尿病患者开展规范化随访管理，规范管理率达到70%以上。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ["一、产出指标", "1.1数量指标", "高血压患者规范随访人数", "≥21000", "人", ""],
        [None, None, "糖尿病患者规范随访人数", "≥7800", "人", ""],
        [None, "1.2质量指标", "慢病患者规范管理率",
         mk("≥≤70%", "T116", "warning", note="two operators typed together"), "", ""],
        [None, None, "随访记录合格率",
         mk(">=95", "T105", "error", alt=("T116", "T104"), note="a rate without %"), "", ""],
        [None, "1.3时效指标", "随访数据上传及时率", "≥90%", "", ""],
        [None, "1.4成本指标", "人均随访补助标准", "≤100元/人", "", "按次补助"],
        ["二、效益指标", "2.1社会效益指标", "慢病患者血压控制率",
         mk("≥60%%", "T116", "warning", note="%% typed twice"), "", ""],
        [None, "2.2可持续影响指标", "家庭医生签约服务覆盖", "持续提升", "", ""],
        ["三、满意度指标", "3.1服务对象满意度指标", "随访患者满意度", "≥90%", "", ""],
    ], merged=(1, 2))  # fmt: skip
    footer(s, "2024-11-22 09:15:48", col=1)
    return b
