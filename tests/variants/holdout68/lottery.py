# ruff: noqa: E501
"""彩票公益金 returns: 民政 welfare homes, 体育 fitness facilities, 残联 rehabilitation."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout68.common import footer, indicators
from tests.variants.holdout68.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

W = WAN


@variant(
    "jz01-welfare-home-beds",
    (1,),
    "project, NAT-2021, 彩票公益金 + 单位自筹 and a 政府采购 amount, one value column and a unit column",
)
def jz01() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="青岚市社会福利中心失能老人护理楼适老化改造",
                 dept="青岚市民政局（208001）", unit="青岚市社会福利中心", attr="一次性项目",
                 money=[("年度资金总额", money(360, W), "其中：彩票公益金", money(300, W)),
                        ("单位自筹", money(60, W), "其中：政府采购预算", money(212.5, W))],
                 goals=["使用福利彩票公益金对护理楼三至五层进行适老化改造，新增护理型床位120张，"
                        "更新助浴、助行设备，10月底前完工并投入使用，入住老人及家属满意度不低于90%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"), [
        ("成本指标", "经济成本指标", "护理床位改造单位成本", "≤2.5", "万元/张", "含土建及安装"),
        (None, None, "助浴助行设备购置成本", "≤48", "万元", "政府采购"),
        ("产出指标", "数量指标", "新增护理型床位", "≥120", "张", None),
        (None, None, "改造护理楼建筑面积", "≥4200", "平方米", None),
        (None, None, "购置助浴助行设备", "≥36", "台（套）", None),
        (None, "质量指标", "改造工程验收合格率", pct(1), "%", None),
        (None, None, "消防设施检测", "合格", None, "第三方检测"),
        (None, "时效指标", "改造工程完工时间", "2026年10月31日前", None, None),
        ("效益指标", "社会效益指标", "集中供养失能特困老人入住率", "≥85%", "%", None),
        (None, None, "护理型床位占比", "≥60%", "%", "占中心床位总数"),
        (None, "可持续影响指标", "改造设施设计使用年限", "≥15", "年", None),
        ("满意度指标", "服务对象满意度指标", "入住老人及家属满意度", "≥90%", "%", None),
    ])  # fmt: skip
    footer(
        s,
        "填报人：周晓岚    联系电话：0571-88625471",
        "单位负责人（签字）：",
        "填报日期：2025年11月18日",
    )
    return b


@variant(
    "jz02-fitness-paths-mistakes",
    (1, 11, 12),
    "project, OLD-NAT, operator and unit columns: 体彩公益金 + 单位自筹 short of the total, an acceptance rate above 100 %, a 故障率 with ≥",
)
def jz02() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 10, 14, 12))
    project_head(s, year=2026, name="白沙河区全民健身路径及社区多功能运动场建设",
                 dept="白沙河区文化体育和旅游局（315）", unit="白沙河区全民健身服务中心",
                 attr="新增项目",
                 money=[("年度资金总额", mk(money(180, W), "B101", "error", row=True,
                                          note="150 + 20 = 170, not 180")),
                        ("其中：体彩公益金", money(150, W), "单位自筹", money(20, W)),
                        ("政府采购预算", money(165, W), None, None)],
                 goals=["新建全民健身路径45条、社区多功能运动场6个，更新室外健身器材520件，"
                        "实现全区行政村（社区）健身设施全覆盖。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新建全民健身路径", "≥", 45, "条"),
        (None, None, "更新室外健身器材", "≥", 520, "件"),
        (None, None, "新建社区多功能运动场", "≥", 6, "个"),
        (None, "质量指标", "健身器材安装验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="105 % for an acceptance rate"), "%"),
        (None, None, "器材国家标准符合率", "=", pct(1), "%"),
        (None, None, "健身器材故障率", mk("≥", "T108", "warning", row=True,
                                         note="a 故障率 is 反向: ≤ expected"), pct(0.03), "%"),
        (None, "时效指标", "项目完工时间", "≤", day(2026, 11, 30, CN_DATE), None),
        (None, "成本指标", "单条健身路径建设成本", "≤", 2.2, "万元/条"),
        (None, None, "单个多功能运动场建设成本", "≤", 12, "万元/个"),
        ("效益指标", "社会效益指标", "行政村（社区）健身设施覆盖率", "=", pct(1), "%"),
        (None, None, "经常参加体育锻炼人数比例", "≥", pct(0.42), "%"),
        (None, "可持续影响指标", "健身设施每日免费开放时间", "≥", 12, "小时"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "填报单位（盖章）：白沙河区全民健身服务中心", "填报人：林川    审核人：许文斌")
    return b


@variant(
    "jz03-child-rehab-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 money side by side, 中期 and 年度 value columns with units inside",
)
def jz03() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, years=2, name="临溪县残疾儿童康复救助及辅助器具适配",
                 dept="临溪县残疾人联合会（411）", unit="临溪县残疾人康复中心",
                 money=[("中期资金总额", money(960, W), "年度资金总额", money(470, W)),
                        ("其中：彩票公益金", money(820, W), "其中：彩票公益金", money(400, W)),
                        ("单位自筹", money(140, W), "单位自筹", money(70, W))],
                 goals=["2026—2027年使用残疾人事业彩票公益金救助0—6岁残疾儿童康复训练不少于420人次，"
                        "为成年残疾人适配辅助器具不少于1600件，受助家庭满意度不低于90%。",
                        "2026年救助残疾儿童康复训练不少于205人次，适配辅助器具不少于780件，"
                        "定点康复机构评估达标率不低于95%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("成本指标", "经济成本指标", "残疾儿童康复训练救助标准", "≤2万元/人次", "≤2万元/人次", "按年度计"),
        (None, None, "辅助器具适配平均成本", "≤700元/件", "≤700元/件", None),
        ("产出指标", "数量指标", "残疾儿童康复训练救助", "≥420人次", "≥205人次", None),
        (None, None, "成年残疾人辅助器具适配", "≥1600件", "≥780件", None),
        (None, "质量指标", "定点康复机构评估达标率", "≥95%", "≥95%", None),
        (None, None, "辅助器具适配合格率", "≥98%", "≥98%", None),
        (None, "时效指标", "康复救助申请审核时限", "≤15个工作日", "≤15个工作日", None),
        ("效益指标", "社会效益指标", "受助儿童康复训练有效率", "≥85%", "≥85%", None),
        (None, None, "持证残疾人基本康复服务覆盖率", "≥90%", "≥88%", None),
        (None, "可持续影响指标", "定点康复机构服务能力", "逐年提升", "提升", None),
        ("满意度指标", "服务对象满意度指标", "受助残疾人及家长满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    footer(s, "联系人：韩梅    电话：0578-62139904")
    return b


@variant(
    "jz04-barrier-free-copied",
    (8, 12),
    "two-year project, OLD-NAT, unit column before 中期 and 年度 columns: two 中期 counts copied into 年度, a cost in 万元 under the unit 户",
)
def jz04() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 10, 16, 16))
    project_head(s, year=2026, years=2, name="青岚市残疾人家庭无障碍改造及社区康复站建设",
                 dept="青岚市残疾人联合会（209）", unit="青岚市残疾人康复指导中心",
                 money=[("中期资金总额", money(1380, W), "年度资金总额", money(700, W)),
                        ("其中：彩票公益金", money(1100, W), "其中：彩票公益金", money(560, W)),
                        ("单位自筹", money(280, W), "单位自筹", money(140, W))],
                 goals=["两年内完成600户残疾人家庭无障碍改造，建成社区康复站24个，免费适配辅助器具3000件。",
                        "2026年完成300户无障碍改造，建成社区康复站12个，适配辅助器具1500件。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "辅助器具免费适配", "件", "≥3000", "≥1500"),
        (None, None, "残疾人家庭无障碍改造", "户", "≥600",
         mk("≥600", "D202", "warning", note="the two-year count copied; the goal says 300")),
        (None, None, "社区康复站建设", "个", "≥24",
         mk("≥24", "D202", "warning", note="the two-year count copied; the goal says 12")),
        (None, "质量指标", "辅助器具适配回访率", "%", "≥95", "≥95"),
        (None, None, "无障碍改造验收合格率", "%", "100", "100"),
        (None, "时效指标", "年度改造任务完成时间", None, "2027年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "户均无障碍改造补助标准", "户",
         mk("≤0.6万元", "T112", "error", row=True, note="万元 in the value, 户 in the unit column"),
         "≤0.6万元"),
        (None, None, "社区康复站建设补助标准", "万元/个", "≤15", "≤15"),
        ("效益指标", "社会效益指标", "残疾人基本康复服务覆盖率", "%", "≥90", "≥90"),
        (None, "可持续影响指标", "康复站持续运营年限", "年", "≥5", "≥5"),
        ("满意度指标", "服务对象满意度指标", "受益残疾人满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    return b


def _stack_a(s) -> None:  # type: ignore[no-untyped-def]
    project_head(s, year=2026, name="乡镇敬老院消防安全及护理设施改造",
                 dept="临溪县民政局（402）", unit="临溪县民政局", attr="一次性项目",
                 title="2026年度福利彩票公益金项目支出绩效目标表",
                 money=[("年度资金总额", money(280, W), "其中：彩票公益金", money(240, W)),
                        ("单位自筹", money(40, W), "其中：政府采购预算", money(190, W))],
                 goals=["完成8所乡镇敬老院自动喷淋和烟感报警改造，新增护理型床位64张，年内消除重大火灾隐患。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None), [
        ("产出指标", "数量指标", "完成消防改造的敬老院", "8所", None, None),
        (None, None, "新增护理型床位", "≥64张", None, None),
        (None, "质量指标", "消防设施验收合格率", "100%", None, None),
        (None, "时效指标", "改造完成时间", "2026年9月30日前", None, None),
        (None, "成本指标", "单所敬老院改造成本", "≤30万元", None, None),
        ("效益指标", "社会效益指标", "重大火灾隐患整改率", "100%", None, None),
        (None, "可持续影响指标", "消防设施维护保养制度", "建立并执行", None, None),
        ("满意度指标", "服务对象满意度指标", "入住老人满意度", "≥90%", None, None),
    ])  # fmt: skip


def _stack_b(s) -> None:  # type: ignore[no-untyped-def]
    project_head(s, year=2026, name="儿童福利院孤残儿童康复养育", title="",
                 dept="临溪县民政局（402）", unit="临溪县儿童福利院",
                 money=[("年度资金总额", money(150, W), "其中：彩票公益金", money(130, W)),
                        ("单位自筹", money(20, W), "其中：政府采购预算", money(36, W))],
                 goals=["为在院孤残儿童提供养育、康复和特殊教育服务，在院儿童康复训练覆盖率达到100%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None), [
        ("产出指标", "数量指标", "在院孤残儿童养育", "≥52人", None, None),
        (None, None, "康复训练课时", "≥6000课时", None, None),
        (None, "质量指标", "在院儿童康复训练覆盖率", "100%", None, None),
        (None, None, "安全责任事故", "0起", None, None),
        (None, "时效指标", "养育补助发放及时率", "100%", None, None),
        (None, "成本指标", "孤残儿童养育康复人均成本", "≤2.8万元/人", None, None),
        ("效益指标", "社会效益指标", "适龄儿童入学（含送教上门）率", "≥95%", None, None),
        ("满意度指标", "服务对象满意度指标", "监护及社会监督员满意度", "≥90%", None, None),
    ])  # fmt: skip


@variant(
    "jz05-welfare-stacked",
    (2,),
    "two 福利彩票公益金 projects of one 民政局 stacked in one sheet, OLD-NAT, one value column, the same indicator kind in both",
)
def jz05() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1")
    _stack_a(s)
    s.skip()
    _stack_b(s)
    footer(s, "临溪县民政局（盖章）", "2025年11月25日")
    return b


@variant(
    "jz06-sport-bureau-department",
    (12,),
    "department, NAT-2021, tasks with a 金额合计: 财政拨款 + 其他资金 not adding up to 资金总额, a rate above 100 %",
)
def jz06() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("部门整体")
    department_head(s, year=2026, dept="白沙河区体育局",
                    budget=[(mk(money(1850, W), "B101", "error", row=True,
                                note="1320 + 580 = 1900, not 1850"),
                             money(1320, W), money(580, W), money(610, W), money(1240, W))],
                    tasks=[("全民健身设施更新", "更新健身路径及器材（体彩公益金）", money(420, W), "更新器材1200件"),
                           ("社区运动场建设", "新建笼式多功能运动场8个", money(560, W), "8个运动场年内开放"),
                           ("青少年体育赛事", "举办区级青少年锦标赛12项", money(260, W), "参赛≥3000人次"),
                           ("金额合计", None, money(1240, W), None)],
                    goal="完善15分钟健身圈，更新健身器材1200件，新建运动场8个，举办青少年赛事12项，"
                         "群众体育活动参与人次稳步增长。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None), [
        ("产出指标", "数量指标", "更新健身器材", "≥1200件", None, None),
        (None, None, "新建笼式多功能运动场", "≥8个", None, None),
        (None, None, "举办青少年体育赛事", "≥12项", None, None),
        (None, "质量指标", "运动场竣工验收合格率",
         mk("≥105%", "T106", "error", note="an acceptance rate above 100 %"), None, None),
        (None, "时效指标", "运动场建成开放时间", "2026年10月31日前", None, None),
        ("成本指标", "经济成本指标", "单个笼式运动场建设成本", "≤70万元", None, None),
        ("效益指标", "社会效益指标", "青少年赛事参赛人次", "≥3000人次", None, None),
        (None, "可持续影响指标", "公共体育设施免费或低收费开放", "长期坚持", None, None),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", None, None),
    ])  # fmt: skip
    return b
