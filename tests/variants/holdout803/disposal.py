"""Harmless disposal of dead livestock and poultry (病死畜禽无害化处理): keg13–keg18."""

from __future__ import annotations

from tests.variants.holdout803.common import (
    first,
    notes,
    period_money,
    project_head,
    sign,
    table,  # fmt: skip
    wan,
    year_money,
)
from tests.variants.holdout803.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("keg13-carcass-points", (1, 5, 10),
         "project, NAT-2021, tier-1 labels with points and an indicator score column, both "
         "adding to 100, 百分点 (correct)")  # fmt: skip
def keg13() -> Book:
    b, s = first()
    project_head(s, year=2025, name="榆沟区2025年病死畜禽集中收集无害化处理",
                 dept="榆沟区农业农村局 208", unit="榆沟区畜牧兽医站",
                 money=year_money(150, 120, 30),
                 goals=["集中收集处理病死猪3万头（其中规模场2.2万头、散养户0.8万头），"
                        "收集覆盖全区11个乡镇。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "数量指标", "病死猪集中收集处理数量", "≥3万头", 10),
        (None, None, "其中：规模场病死猪收集数量", "≥2.2万头", 5),
        (None, None, "收集覆盖乡镇数", "=11个", 5),
        (None, "质量指标", "病死猪无害化处理率", pct(1), 10),
        (None, "时效指标", "接报后上门收集时限", "≤24小时", 10),
        ("二、成本指标（20分）", "经济成本指标", "病死猪收集处理补助标准", "≤40元/头", 10),
        (None, "生态环境成本指标", "处理过程废气排放超标次数", "0次", 10),
        ("三、效益指标（30分）", "社会效益指标", "病死猪乱丢乱弃投诉下降率", "≥30%", 10),
        (None, "生态效益指标", "病死畜禽规范化处理率较上年", "提高≥5百分点", 10),
        (None, "可持续影响指标", "收集转运体系运行", "长期稳定运行", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "养殖场户满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "贺晚舟", "0736-4419250", day(2024, 11, 26))
    return b


@variant("keg14-carcass-tier-points", (10, 12),
         "project, OLD-NAT, tier-1 score column beside indicator scores: two tiers do not add "
         "up, a subsidy standard over the money")  # fmt: skip
def keg14() -> Book:
    b, s = first(widths=(14, 10, 16, 30, 16, 10))
    project_head(s, year=2025, name="鹤栖县2025年病死畜禽无害化处理中心运行补助",
                 dept="鹤栖县农业农村局 301", unit="鹤栖县病死畜禽无害化处理中心",
                 money=year_money(300, 260, 40),
                 goals=["全年收集处理病死猪4万头、病死禽20万羽，处理中心安全运行。"])  # fmt: skip
    table(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值10+5+10+10+10=45，不是50"),
         "数量指标", "病死猪无害化处理数量", "≥4万头", 10),
        (None, None, None, "病死禽无害化处理数量", "≥20万羽", 5),
        (None, None, "质量指标", "无害化处理率", "=100%", 10),
        (None, None, "时效指标", "收集转运时限", "≤24小时", 10),
        (None, None, "成本指标", "病死猪处理补助标准",
         mk("≤80元/头", "B107", "warning", row=True,
            note="80元×4万头=320万元，超过年度资金300万元"), 10),
        ("效益指标", mk(30, "W103", "error", note="其下指标分值10+15+10=35，不是30"),
         "社会效益指标", "病死畜禽乱丢弃事件", "0起", 10),
        (None, None, "生态效益指标", "处理残渣资源化利用率", "≥90%", 15),
        (None, None, "可持续影响指标", "处理中心安全运行天数", "≥330天", 10),
        ("满意度指标", 20, "服务对象满意度指标", "养殖场户满意度", "≥90%", 10),
        (None, None, None, "乡镇政府满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("keg15-carcass-export", (7, 9),
         "budget-system export: 05-1 budget sheet, indicators on sheet 05-2 under a third-row "
         "header with codes in the first columns (correct)")  # fmt: skip
def keg15() -> Book:
    b, s = first("部门项目支出预算05-1", (16, 34, 12, 12, 12, 40))
    s.title("部门项目支出预算表（2025年度）", 6)
    s.row("单位名称：枫渡县畜牧兽医服务中心", None, None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "合计", "财政拨款", "其他资金", "年度绩效目标")
    s.row("530102250017", "枫渡县2025年病死畜禽收集体系建设", wan(88), wan(80), wan(8),
          "新建收集暂存点6个、购置转运车辆2辆，散养户病死畜禽收集覆盖率80%以上。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 30, 12, 16, 30, 18))
    t.title("部门项目支出绩效目标表（2025年度）", 6)
    t.row("单位名称：枫渡县畜牧兽医服务中心")
    code, name = "530102250017", "枫渡县2025年病死畜禽收集体系建设"
    table(t, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "新建病死畜禽收集暂存点数量", "=6个"),
        (None, None, None, None, "收集转运车辆配置数量", "=2辆"),
        (None, None, None, "质量指标", "暂存点建设验收合格率", "=100%"),
        (None, None, None, "时效指标", "暂存点建成投用时间", day(2025, 9, 30, CN_DATE)),
        (None, None, "成本指标", "经济成本指标", "单个暂存点建设费用", "≤8万元/个"),
        (None, None, None, None, "转运车辆购置单价", "≤18万元/辆"),
        (None, None, "效益指标", "社会效益指标", "散养户病死畜禽收集覆盖率", "≥80%"),
        (None, None, None, "生态效益指标", "病死畜禽随意丢弃现象", "明显减少"),
        (None, None, "满意度指标", "服务对象满意度指标", "养殖户满意度", pct(0.9)),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("keg16-carcass-three-year-copy", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts and the goal "
         "text copied from 中期 to 年度")  # fmt: skip
def keg16() -> Book:
    b, s = first()
    goal = "三年完成处理厂提标改造，累计处理病死畜禽1.8万吨，建成收集暂存点24个。"
    project_head(s, year=2025, years=3, name="云桥市2025—2027年病死畜禽无害化处理厂提标改造",
                 dept="云桥市农业农村局 110", unit="云桥市病死畜禽无害化处理中心",
                 money=period_money(900, 300, 240, 60), attr="新增项目",
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄")])  # fmt: skip
    copied = "年度值照抄中期累计值：三年的量不能一年完成"
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "病死畜禽处理量", "≥1.8万吨",
         mk("≥1.8万吨", "D202", "warning", note=copied)),
        (None, None, "收集暂存点建设数量", "≥24个",
         mk("≥24个", "D202", "warning", note=copied)),
        (None, "质量指标", "处理产物检测合格率", "≥95%", "≥95%"),
        (None, "时效指标", "提标改造完工时间", "2027年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个暂存点建设费用", "≤10万元/个", "≤10万元/个"),
        ("效益指标", "生态效益指标", "处理厂废水达标排放率", "=100%", "=100%"),
        (None, "社会效益指标", "病死畜禽集中处理比例", "提高≥10百分点", "提高≥4百分点"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    return b


@variant("keg17-carcass-template-rows", (6, 7, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a tier-2 left empty, the "
         "same rate twice with a word more")  # fmt: skip
def keg17() -> Book:
    b, s = first()
    project_head(s, year=2025, name="石埠县2025年病死畜禽保险联动无害化处理",
                 dept="石埠县农业农村局 214", unit="石埠县畜牧兽医站",
                 money=year_money(66, 50, 16),
                 goals=["对参保养殖场病死猪实行“保险+收集处理”联动，"
                        "全年收集处理1.5万头。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "联动收集处理病死猪数量", "≥1.5万头"),
        (None, None, mk(None, "F110", "error", note="有指标值≥120户，没有三级指标名称"),
         "≥120户"),
        (None, "质量指标", "病死猪收集车辆消毒率", "=100%"),
        (None, None, "病死猪收集运输车辆消毒率",
         mk("=100%", "D103", "warning", row=True, alt=("D101",),
            note="与上一行是同一指标，多了“运输”二字")),
        (None, "时效指标", "理赔查勘与收集同步完成时限", "≤48小时"),
        ("成本指标", "经济成本指标", "病死猪收集处理费用", "≤35元/头"),
        ("效益指标", "社会效益指标", "参保养殖场病死猪无害化处理率", "=100%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行，未填指标"),
         None, None),
        (None, "可持续影响指标", "保险联动机制运行", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "参保养殖场户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("keg18-carcass-detail-lines", (4, 9, 12),
         "project, OLD-NAT, a 说明 row and money detail lines under the table, one line with a "
         "bracketed split, a five-digit count (correct)")  # fmt: skip
def keg18() -> Book:
    b, s = first()
    project_head(s, year=2025, name="岚谷区2025年病死畜禽无害化处理设备更新",
                 dept="岚谷区农业农村局 117", unit="岚谷区病死畜禽无害化处理站",
                 money=year_money(260, 220, 40), attr="一次性项目",
                 goals=["更新高温化制设备1套、收集冷藏车2辆，"
                        "年处理病死猪36500头（日均100头）。"])  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "高温化制设备更新数量", "=1套"),
        (None, None, "收集冷藏车购置数量", "=2辆"),
        (None, None, "年处理病死猪数量", "≥36500头"),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年10月31日前"),
        (None, "成本指标", "冷藏车购置单价", "≤30万元/辆"),
        ("效益指标", "生态效益指标", "化制废水达标排放率", "=100%"),
        (None, "可持续影响指标", "设备设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%"),
    ])  # fmt: skip
    notes(s, "说明：年处理量按日均100头×365天测算。")
    s.skip()
    s.row("资金明细（万元）", "明细项目", "金额")
    s.table([
        (None, "高温化制设备", ok("180万(其中设备 120万元，安装 60万元)", "warning",
                                  note="读作180万元，括号内是拆分；至多一条提醒")),
        (None, "收集冷藏车", wan(60)),
        (None, "暂存库改造", wan(20)),
        (None, "合计", wan(260)),
    ])  # fmt: skip
    sign(s, "罗听澜", "0738-6605137", day(2024, 12, 5))
    return b
