"""Forms as offices write them, on both halves of the theme: decorated tier labels, other header
words, 中期 and 年度 columns, template rows, a budget-system export (zg13-zg18)."""

from __future__ import annotations

from tests.variants.holdout465.common import (
    DEPT,
    FIRE,
    indicators,
    multi,
    project,
    sign,
    start,
    w,
)
from tests.variants.holdout465.registry import variant
from tests.variants.kit import Book, mk, ok

ASSESS = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")


@variant("zg13-detector-decorated-labels", (5, 7),
         "project, NAT-2021, numbered and marked tier labels (一、产出指标（40分）, ★, 1.数量) "
         "under headers 考核指标, 目标值（年度）, 评价标准 (correct)")  # fmt: skip
def zg13() -> Book:
    b, s = start(widths=(18, 18, 28, 16, 26, 10))
    project(s, "吊脚楼独居老人户火灾报警器与灭火器配置", FIRE, 18, 18, 0,
            "为全县600户独居老人吊脚楼配置联网报警器和灭火器。")  # fmt: skip
    indicators(s, [
        ("一、产出指标（40分）", "1.数量", "配置联网火灾报警器的独居老人户", "≥600户",
         "完成得满分，每少10户扣1分"),
        (None, "★2.质量", "报警器联网调试合格率", "100%", "未达标按比例扣分"),
        (None, "3.时效", "配置完成时间", "2025年8月31日前", "逾期不得分"),
        ("二、成本指标（20分）", "（一）经济成本", "每户设备配置成本", "≤300元/户", "超标不得分"),
        ("三、效益指标（30分）", "*社会效益", "报警器误报处置及时率", "≥95%", "按比例得分"),
        ("四、满意度指标（10分）", "服务对象满意度", "老人及家属满意度", "≥90%", "按比例得分"),
    ], head=ASSESS)  # fmt: skip
    sign(s, "龙永红", "0855-3716815")
    return b


@variant("zg14-lanes-wrong-parent", (5,),
         "project, NAT-2021, numbered labels (一、/（一）): a 效益 tier-2 under 产出指标, "
         "预算执行率 as a cost indicator")  # fmt: skip
def zg14() -> Book:
    b, s = start()
    project(s, "吊脚楼村寨消防通道疏通", "枫峒县交通运输局", 40, 40, 0,
            "疏通14个吊脚楼村寨被占用的消防通道，确保消防车进寨。")  # fmt: skip
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "疏通寨内消防通道", "≥6.5公里"),
        (None, "（二）时效指标", "通道疏通完成时间", "2025年9月30日前"),
        (None, mk("（三）可持续影响指标", "F105", "error", note="belongs under 效益指标"),
         "通道占用长效巡查机制", "建立并执行"),
        ("二、成本指标", "（一）经济成本指标", "每公里通道疏通成本", "≤6万元/公里"),
        (None, None, "项目预算执行率",
         mk("≥95%", "F202", "warning", row=True, note="预算执行率 is scored separately")),
        ("三、效益指标", "（一）社会效益指标", "消防车可直达村寨", "≥14个"),
        ("四、满意度指标", "（一）服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "向国平", "0855-3716904")
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
GOALS = ("2025—2027年在18个吊脚楼村寨建成消防水池18座、配套管网9公里。",
         "2025年建成消防水池6座、管网3公里，覆盖6个村寨。")  # fmt: skip


@variant("zg15-tanks-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: annual counts below the "
         "period counts, rates equal in both (correct)")  # fmt: skip
def zg15() -> Book:
    b, s = start()
    multi(s, "吊脚楼村寨消防供水三年改造", (360, 300, 60), (120, 100, 20), GOALS)
    indicators(s, [
        ("产出指标", "数量指标", "新建消防水池", "≥18座", "≥6座"),
        (None, None, "铺设消防供水管网", "≥9公里", "≥3公里"),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时间", "每年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每座消防水池建设成本", "≤12万元/座", "≤12万元/座"),
        ("效益指标", "社会效益指标", "有可靠消防水源的吊脚楼村寨", "≥18个", "≥6个"),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%", "≥90%"),
    ], head=PERIOD)  # fmt: skip
    sign(s, "吴光辉", "0855-3716631")
    return b


@variant("zg16-tanks-multi-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied "
         "from the period column, one annual count above its period count")  # fmt: skip
def zg16() -> Book:
    b, s = start()
    goals = ("2025—2027年为24个村寨建成高位消防水池和消防栓系统。",
             "2025年为8个村寨建成高位消防水池。")  # fmt: skip
    multi(s, "吊脚楼村寨高位消防水池建设", (480, 420, 60), (160, 140, 20), goals)
    copied = "a cumulative count copied from the 三年 column"
    indicators(s, [
        ("产出指标", "数量指标", "新建高位消防水池", "≥24座",
         mk("≥24座", "D202", "warning", note=copied)),
        (None, None, "安装室外消火栓", "≥96个", mk("≥96个", "D202", "warning", note=copied)),
        (None, None, "培训水池管护员", "≥24人",
         mk("≥30人", "D201", "error", note="annual 30 above the period's 24")),
        (None, "质量指标", "水池验收合格率", "100%", "100%"),
        ("成本指标", "经济成本指标", "每座水池建设成本", "≤15万元/座",
         ok("≤15万元/座", note="× the copied 24座 exceeds 160: a consequence of the copy")),
        ("效益指标", "社会效益指标", "消防水源覆盖村寨", "≥24个", "≥8个"),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%", "≥90%"),
    ], head=PERIOD)  # fmt: skip
    sign(s, "吴光辉", "0855-3716631")
    return b


@variant("zg17-drills-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a 时效 tier-2 left from the template, a value "
         "without an indicator name")  # fmt: skip
def zg17() -> Book:
    b, s = start()
    project(s, "吊脚楼村寨冬春火灾防控演练", FIRE, 15, 15, 0,
            "冬春火灾高发期在30个吊脚楼村寨各开展1次实战演练。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "开展村寨实战演练", "≥30场"),
        (None, None, mk(None, "F110", "error", note="value without a name"), "≥1500人次"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "每场演练经费", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "村民初起火灾扑救技能掌握率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参演村民满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    sign(s, "石晓燕", "0855-3716955")
    return b


@variant("zg18-export-second-sheet", (7, 12),
         "budget-system export: budget lines with codes on sheet 05-1, the indicator table with "
         "codes in the first columns under header 绩效目标值 on sheet 05-2 (correct)")  # fmt: skip
def zg18() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 14, 32, 14, 14, 14))
    s.title("部门项目支出预算表（2025年度）", 5)
    s.row("单位：万元")
    s.row("项目代码", "科目编码", "项目名称", "金额", "其中：财政拨款")
    code = "52262525T000041"
    s.row(code, "2240106", "吊脚楼村寨电动车集中充电棚建设", w(64), w(64))
    s.row(code, "2240199", "充电棚消防配套（灭火器、监控）", w(16), w(16))
    s.row("合计", None, None, w(80), w(80))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 28, 12, 16, 30, 18))
    t.row(f"单位：{DEPT}")
    t.row("年度：2025")
    indicators(t, [
        (code, "吊脚楼村寨电动车集中充电棚建设", "产出指标", "数量指标", "建成集中充电棚", "≥20处"),
        (None, None, None, "质量指标", "充电棚消防验收合格率", "100%"),
        (None, None, None, "时效指标", "充电棚投入使用时间", "2025年10月31日前"),
        (None, None, "成本指标", "经济成本指标", "每处充电棚建设成本", "≤4万元/处"),
        (None, None, "效益指标", "社会效益指标", "吊脚楼内电动车充电起火起数", "≤0起"),
        (None, None, "满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ], head=("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值"),
       merged=(1, 2, 3, 4))  # fmt: skip
    return b
