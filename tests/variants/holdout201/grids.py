"""Department tables with 收入 and 支出 grids and 年度主要任务 (pc06–pc08, pc16–pc18): task
blocks each with their own indicators, tasks merged down beside their indicators, amounts in 元,
tasks split into 财政拨款 and 其他资金, 实施周期 and 年度 columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout201.common import (
    ONE,
    book,
    goal,
    grid,
    head,
    num,
    side,
    sign,
    table,
    tasks,
    wan,
)
from tests.variants.holdout201.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, day, mk, money, pct


def block(s: Sheet, no: str, name: str, amount: Any, content: str,
          rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """One 年度主要任务 with its amount, content and its own indicator table."""
    s.row(no, name, None, "任务金额（万元）", amount, merge=[(2, 3)])
    s.row("主要内容", content, merge=[(2, 5)])
    table(s, (*ONE, "备注"), rows)


@variant("pc06-education-income-spending", (12,), "department (education), 收入 and 支出 grids, "
         "年度主要任务 blocks each with their own indicators: 收入合计 46380 against 支出合计 "
         "46830 (each grid adds up), a 覆盖率 written as 人次")  # fmt: skip
def pc06() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 16))
    head(s, "青岚市教育局2026年度部门整体支出绩效目标表", 5, "青岚市教育局", day(2025, 11, 14))
    grid(s, (wan(46380), wan(41250), wan(4630), wan(500)), (wan(46830), wan(38910), wan(7920)))
    b.file_mark("B101", "error", alt=("B102",), note="收入合计 46380 ≠ 支出合计 46830 (digits "
                "swapped); each grid adds up on its own")  # fmt: skip
    goal(s, "推进义务教育优质均衡发展，新建改扩建义务教育学校4所；普通高中特色课程建设学校达到8所；"
            "校企合作专业覆盖率达到80%以上；完成教师专业发展培训6000人次。", 5)  # fmt: skip
    block(s, "任务一", "义务教育优质均衡发展", wan(3600), "新建、改扩建4所义务教育学校，补充教学"
          "仪器设备", [
        ("产出指标", "数量指标", "新建改扩建义务教育学校数", "≥4所", None),
        (None, "质量指标", "新建校舍工程验收合格率", pct(1), None),
        ("成本指标", "经济成本指标", "校舍建设工程支出", "≤3600万元", "含设备购置"),
        ("效益指标", "社会效益指标", "义务教育大班额比例", "≤3%", "56人以上班级"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    block(s, "任务二", "普通高中多样化发展", wan(1850), "支持8所普通高中开展特色课程建设", [
        ("产出指标", "数量指标", "特色课程建设学校数", "≥8所", None),
        (None, "时效指标", "特色课程建设完成时间", "2026年12月31日前", None),
        ("效益指标", "社会效益指标", "普通高中毛入学率", "≥96%", None),
    ])  # fmt: skip
    block(s, "任务三", "职业教育产教融合", wan(1270), "建设校企合作实训基地10个", [
        ("产出指标", "数量指标", "新增校企合作实训基地数", "≥10个", None),
        ("效益指标", "社会效益指标", "职业院校毕业生就业率", "≥95%", None),
        (None, None, "校企合作专业覆盖率", "≥80%", None),
    ])  # fmt: skip
    block(s, "任务四", "教师队伍素质提升", wan(1200), "开展中小学教师专业发展培训", [
        ("产出指标", "数量指标", "教师专业发展培训覆盖率",
         mk("≥6000人次", "T105", "error", note="a 覆盖率 needs a percentage"), None),
        ("成本指标", "经济成本指标", "教师培训人均成本", "≤2000元/人次", None),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", None),
    ])  # fmt: skip
    s.row("年度主要任务金额合计", None, None, None, wan(7920), merge=[(1, 4)])
    return b


@variant("pc07-health-shares-tasks", (12,), "department (health), 2025, 收支 side by side with "
         "rounded 占比, tasks merged down beside NAT-2021 tiers; a 婴儿死亡率 ≤5‰, a number in "
         "an indicator name, 人均成本 × 人次 equal to its task (correct)")  # fmt: skip
def pc07() -> Book:
    b, s = book("部门整体", (22, 14, 12, 16, 18, 28, 14))
    head(s, "临溪县卫生健康局2025年部门整体支出绩效目标表", 7, "临溪县卫生健康局",
         day(2024, 11, 26))  # fmt: skip
    p = "0.00%"
    side(s, [("财政拨款收入", num(6210), pct(0.8065, p)), ("事业收入", num(1350), pct(0.1753, p)),
             ("其他收入", num(140), pct(0.0182, p)), ("收入合计", num(7700), pct(1, p))],
         [("基本支出", num(5480), pct(0.7117, p)), ("项目支出", num(2220), pct(0.2883, p)),
          ("支出合计", num(7700), pct(1, p))], "部门收支预算（万元）", 7, shares=True)  # fmt: skip
    goal(s, "2025年完成65岁及以上老年人健康管理2.6万人，高血压患者规范管理率达到65%以上，婴儿死亡率"
            "控制在5‰以内，培训基层卫生人员1500人次。", 7)  # fmt: skip
    table(s, ("年度主要任务", "任务金额（万元）", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("基本公共卫生服务", num(1180), "产出指标", "数量指标",
         "65岁及以上老年人健康管理人数", "≥2.6万人"),
        (None, None, None, "质量指标", "高血压患者规范管理率", "≥65%"),
        (None, None, "效益指标", "社会效益指标", "居民规范化电子健康档案覆盖率", "≥90%"),
        ("妇幼健康服务", num(460), "产出指标", "数量指标", "免费婚前医学检查人数", "≥2400人"),
        (None, None, None, "质量指标", "孕产妇系统管理率", "≥90%"),
        (None, None, "效益指标", "社会效益指标", "婴儿死亡率", "≤5‰"),
        ("卫生健康人才培养", num(330), "产出指标", "数量指标", "基层卫生人员培训人次",
         "≥1500人次"),
        (None, None, None, "时效指标", "年度培训完成时间", "2025年11月30日前"),
        (None, None, "成本指标", "经济成本指标", "人均培训费用", "≤2200元/人次"),
        ("医疗卫生应急保障", num(250), "产出指标", "数量指标", "卫生应急演练次数", "≥6次"),
        (None, None, None, "时效指标", "突发公共卫生事件报告及时率", pct(1)),
        (None, None, "满意度指标", "服务对象满意度指标", "辖区居民卫生健康服务满意度", "≥88%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    s.row("合计", num(2220))
    sign(s, "梅晓岚", "易志诚", "0596-7318842")
    return b


@variant("pc08-ecology-yuan", (12,), "department (ecology), every amount in 元 (side by side "
         "grid, task list, a cost target), 年度主要任务 with a 金额合计, one NAT-2021 table; "
         "PM2.5 ≤30 (correct)")  # fmt: skip
def pc08() -> Book:
    b, s = book("Sheet1", (20, 20, 30, 18, 26))
    head(s, "白沙河区生态环境分局2026年度部门整体支出绩效目标表", 5, "白沙河区生态环境分局",
         day(2025, 11, 30))  # fmt: skip

    def y(v: float) -> Any:
        return money(v, YUAN)

    side(s, [("财政拨款收入", y(18650000)), ("事业收入", y(0)), ("其他收入", y(350000)),
             ("收入合计", y(19000000))],
         [("基本支出", y(11240000)), ("项目支出", y(7760000)), ("支出合计", y(19000000))],
         "部门收支预算（单位：元）", 4)  # fmt: skip
    tasks(s, [
        ("大气污染防治", "空气自动监测站运维、重点行业治理", y(2860000), "优良天数比例88%以上"),
        ("水污染防治与河湖监测", "地表水断面监测、入河排污口整治", y(2340000),
         "国控断面水质优良比例100%"),
        ("土壤与固体废物监管", "重点监管单位隐患排查、危废规范化管理", y(1180000),
         "重点监管单位隐患排查全覆盖"),
        ("生态环境执法", "日常执法检查、信访投诉办理", y(1380000), "执法案件办结率95%以上"),
        ("金额合计", None, y(7760000), None),
    ], header=("任务名称", "主要实施内容", "预算金额（元）", "期望达到的目标"))  # fmt: skip
    goal(s, "空气质量优良天数比例达到88%以上，细颗粒物平均浓度控制在30微克/立方米以内，国控断面"
            "水质优良比例保持100%，生态环境执法案件办结率达到95%以上。", 5)  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "空气自动监测站运维数", "≥12个"),
        (None, None, "地表水监测断面数", "≥18个"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "时效指标", "环境信访投诉办结时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "空气自动监测站年运维费用", "≤860000元"),
        ("效益指标", "生态效益指标", "空气质量优良天数比例", "≥88%"),
        (None, None, "细颗粒物（PM2.5）平均浓度", "≤30微克/立方米"),
        (None, None, "国控断面水质优良比例", pct(1)),
        (None, "社会效益指标", "土壤污染重点监管单位隐患排查覆盖率", pct(1)),
        (None, None, "生态环境执法案件办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("pc16-civil-task-split", (7, 12), "department (civil affairs), 收入 and 支出 grids, "
         "年度主要任务 split into 财政拨款 and 其他资金 (福彩公益金), NAT-2021 table with a "
         "direction column and header 目标值（年度）; a 差错率 ≤1% (correct)")  # fmt: skip
def pc16() -> Book:
    b, s = book("Sheet1", (14, 22, 28, 12, 14, 12, 26))
    head(s, "青岚市民政局2026年度部门整体支出绩效目标表", 7, "青岚市民政局", day(2025, 11, 10))
    grid(s, (wan(23000), wan(21460), wan(0), wan(1540)), (wan(23000), wan(4870), wan(18130)))
    tasks(s, [
        ("城乡低保及特困救助", "发放城乡低保金和特困供养金", wan(12600), wan(12600), wan(0),
         "保障城乡低保及特困对象基本生活"),
        ("养老服务体系建设", "新建街道综合养老服务中心", wan(3280), wan(2100), wan(1180),
         "新建街道综合养老服务中心5个"),
        ("儿童福利与未成年人保护", "发放孤儿和事实无人抚养儿童基本生活费", wan(1450), wan(1090),
         wan(360), "基本生活费按时足额发放"),
        ("殡葬改革与婚姻登记", "落实惠民殡葬政策，婚姻登记服务", wan(800), wan(800), wan(0),
         "惠民殡葬政策全覆盖"),
        ("金额合计", None, wan(18130), wan(16590), wan(1540), None),
    ], header=("任务名称", "主要实施内容", "预算金额", "其中：财政拨款", "其他资金",
               "期望达到的目标"))  # fmt: skip
    goal(s, "全年保障城乡低保及特困对象2.1万人，新建街道综合养老服务中心5个，惠民殡葬政策覆盖率"
            "100%，困难群众满意度达到90%以上。", 7)  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "目标值（年度）"), [
        ("产出指标", "数量指标", "城乡低保及特困保障人数", "正向", "≥2.1万人"),
        (None, None, "新建街道综合养老服务中心数", "正向", "≥5个"),
        (None, "质量指标", "救助资金发放差错率", "反向", "≤1%"),
        (None, "时效指标", "孤儿基本生活费发放及时率", "正向", pct(1)),
        ("成本指标", "经济成本指标", "街道综合养老服务中心单个建设补助", "反向", "≤300万元/个"),
        ("效益指标", "社会效益指标", "困难群众应保尽保率", "正向", pct(1)),
        (None, None, "惠民殡葬政策覆盖率", "正向", pct(1)),
        (None, "可持续影响指标", "社会救助动态监测机制", "定性", "健全"),
        ("满意度指标", "服务对象满意度指标", "困难群众满意度", "正向", "≥90%"),
    ])  # fmt: skip
    sign(s, "沈若兰", "高承志", "0596-2235018")
    return b


@variant("pc17-ecology-date-and-harm", (12,), "department (ecology), 收支 side by side, tasks "
         "merged down beside NAT-2021 tiers with operator and unit columns: a 停运率 with ≥, a "
         "completion date typed as a date in the next year")  # fmt: skip
def pc17() -> Book:
    b, s = book("绩效目标", (22, 12, 12, 14, 28, 8, 14, 10))
    head(s, "临溪县生态环境局2026年部门整体支出绩效目标表", 8, "临溪县生态环境局",
         day(2025, 11, 19))  # fmt: skip
    side(s, [("财政拨款收入", wan(2780)), ("事业收入", wan(0)), ("其他收入", wan(180)),
             ("收入合计", wan(2960))],
         [("基本支出", wan(1890)), ("项目支出", wan(1070)), ("支出合计", wan(2960))],
         "部门收支预算", 8)  # fmt: skip
    goal(s, "完成96座农村生活污水处理设施运维和7个饮用水水源地规范化整治，空气质量优良天数比例达到"
            "90%以上，执法检查企业220家。", 8)  # fmt: skip
    stop = mk("≥", "T108", "warning", row=True, note="a 故障停运率 is 反向: ≤5% meant")
    due = mk(
        day(2027, 3, 31),
        "Y102",
        "error",
        alt=("Y103",),
        note="an annual 2026 table: 2027-03-31 lies outside the budget year",
    )
    table(s, ("年度主要任务", "任务金额（万元）", "一级指标", "二级指标", "三级指标", "比较符",
              "指标值", "计量单位"), [
        ("农村生活污水治理设施运维", wan(420), "产出指标", "数量指标",
         "运维农村污水处理设施数", "≥", 96, "座"),
        (None, None, None, "质量指标", "设施出水水质达标率", "≥", 85, "%"),
        (None, None, "效益指标", "生态效益指标", "农村生活污水处理设施故障停运率", stop, 5, "%"),
        ("秸秆禁烧与大气污染管控", wan(260), "产出指标", "数量指标", "秸秆禁烧巡查次数",
         "≥", 480, "次"),
        (None, None, "成本指标", "经济成本指标", "秸秆禁烧巡查工作经费", "≤", 260, "万元"),
        (None, None, "效益指标", "生态效益指标", "空气质量优良天数比例", "≥", 90, "%"),
        ("饮用水水源地保护", wan(230), "产出指标", "数量指标", "规范化整治水源地个数",
         "≥", 7, "个"),
        (None, None, None, "时效指标", "水源地规范化整治完成时间", "≤", due, None),
        (None, None, "效益指标", "社会效益指标", "集中式饮用水水源地水质达标率", "=", 100, "%"),
        ("环境执法与应急", wan(160), "产出指标", "数量指标", "开展环境执法检查企业数",
         "≥", 220, "家"),
        (None, None, None, "质量指标", "执法案件办结率", "≥", 95, "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "群众生态环境满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("pc18-education-period-annual", (7, 8, 12), "department (education) with a 实施周期 "
         "2026—2028: 实施周期指标值 and 年度指标值 columns, period and annual goals, tasks with "
         "a 金额合计; a 2028 date in the period column, rates equal in both (correct)")  # fmt: skip
def pc18() -> Book:
    b, s = book("Sheet1", (16, 18, 28, 18, 18))
    head(s, "白沙河区教育局部门整体支出绩效目标表（2026年度）", 5, "白沙河区教育局",
         day(2025, 11, 24))  # fmt: skip
    s.row("实施周期", "2026年—2028年", None, "年度", "2026年", merge=[(2, 3)])
    grid(s, (wan(15600), wan(14200), wan(1100), wan(300)), (wan(15600), wan(11800), wan(3800)))
    tasks(s, [
        ("公办幼儿园建设", "新建2所公办幼儿园", wan(2600), "新增公办学前教育学位1800个"),
        ("智慧教室建设", "建设中小学智慧教室80间", wan(960), "智慧教室投入使用"),
        ("学前教育质量提升", "幼儿园保教质量评估和教师培训", wan(240), "保教质量稳步提升"),
        ("金额合计", None, wan(3800), None),
    ])  # fmt: skip
    goal(s, "2026年至2028年新建公办幼儿园6所、新增公办学前教育学位5400个，建设智慧教室240间，"
            "公办园在园幼儿占比达到60%以上。", 5, "实施周期总体目标")  # fmt: skip
    goal(s, "2026年新建公办幼儿园2所、新增公办学前教育学位1800个，建设智慧教室80间，公办园在园"
            "幼儿占比达到55%以上。", 5, "年度总体目标")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新建公办幼儿园数", "≥6所", "≥2所"),
        (None, None, "新增公办学前教育学位数", "≥5400个", "≥1800个"),
        (None, None, "智慧教室建设间数", "≥240间", "≥80间"),
        (None, "质量指标", "新建园舍工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "智慧校园建设完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "智慧教室单间建设成本", "≤12万元/间", "≤12万元/间"),
        ("效益指标", "社会效益指标", "公办园在园幼儿占比", "≥60%", "≥55%"),
        (None, "可持续影响指标", "智慧教育平台运行机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
