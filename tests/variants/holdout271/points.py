"""Points at two levels and rates changed in 百分点: tier-1 labels carrying their points
(``产出指标（40分）``, ``一、产出指标（50分）``), a 分值 or 权重 column per indicator, a 合计 row, a
total of 90 explained by a footnote (ru01–ru06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout271.common import (
    SCORED,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout271.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("ru01-station-points-two-levels", (5, 10), "one-year project, NAT-2021, tier-1 labels "
         "with points （40分） and a 分值 column adding to them (100 both ways), a rate raised "
         "提高≥6百分点, 100% typed in Excel (correct)")  # fmt: skip
def ru01() -> Book:
    b, s = book("项目绩效目标表")
    project_head(
        s, year=2026, name="乡镇小型消防救援站建设项目", dept="栖云县消防救援大队（412）",
        unit="栖云县消防救援大队", money=one_year_money(wan(960), wan(900), wan(60)),
        goals=["2026年在石门、下湾、枫林3个乡镇各建成1座小型消防救援站，配备水罐消防车3辆，"
               "乡镇5分钟到场覆盖率较上年提高6个百分点。"],
    )  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标（40分）", "数量指标", "新建小型消防救援站数量", "≥3座", 10),
        (None, None, "配备水罐消防车数量", "≥3辆", 10),
        (None, "质量指标", "站舍工程竣工验收合格率", pct(1), 10),
        (None, "时效指标", "消防救援站投入执勤时间", "2026年11月30日前", 10),
        ("成本指标（20分）", "经济成本指标", "单座消防救援站建设成本", "≤260万元/座", 10),
        (None, None, "单辆水罐消防车购置成本", "≤55万元/辆", 10),
        ("效益指标（30分）", "社会效益指标", "乡镇5分钟到场覆盖率", "提高≥6百分点", 15),
        (None, "可持续影响指标", "小型站24小时驻勤制度", "建立并执行", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "辖区群众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "郑远航", "韩书宁", "0739-6218453", "填报日期：2025年11月14日")
    return b


@variant("ru02-broadcast-tier-score-short", (5, 10), "one-year project, NAT-2021, numbered "
         "tier-1 labels with points 一、产出指标（50分）: the scores under 产出 add to 45; a "
         "发布时间 with ≥")  # fmt: skip
def ru02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="县级应急广播体系建设项目", dept="鹤汀县文化广电旅游局（208）",
        unit="鹤汀县融媒体中心", money=one_year_money(wan(480), wan(430), wan(50)),
        goals=["2026年建成县级应急广播平台1套，在全县126个行政村安装应急广播终端630个，实现"
               "预警信息快速发布、行政村全覆盖。"],
    )  # fmt: skip
    short = mk("一、产出指标（50分）", "W103", "error", alt=("W101",),
               note="the scores under 产出 add to 10+10+10+10+5 = 45, not 50")  # fmt: skip
    late = mk("≥10分钟", "T108", "warning", row=True, note="a 发布时间 is 反向: ≤10分钟 meant")
    indicators(s, SCORED, [
        (short, "数量指标", "县级应急广播平台建设数量", "=1套", 10),
        (None, None, "村级应急广播终端安装数量", "≥630个", 10),
        (None, "质量指标", "平台系统验收合格率", pct(1), 10),
        (None, None, "应急广播终端在线率", "≥95%", 10),
        (None, "时效指标", "预警信息发布时间", late, 5),
        ("二、成本指标（10分）", "经济成本指标", "单个村级终端采购安装成本", "≤0.4万元/个", 10),
        ("三、效益指标（30分）", "社会效益指标", "行政村应急广播覆盖率", "100%", 15),
        (None, "可持续影响指标", "应急广播平台运维机制", "健全", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "村民对应急广播服务满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the scores add to 95: same problem")
    sign(s, "陶知微", "邵景川", "0745-3326071")
    return b


@variant("ru03-huhutong-total-row", (4, 10), "one-year project, NAT-2021, a 权重 column with a "
         "合计 row of 100 and a footnote under the table, a 提高≥3百分点 rate change "
         "(correct)")  # fmt: skip
def ru03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="广播电视户户通运维服务项目", dept="云岫县文化广电旅游局（206）",
        unit="云岫县广播电视服务中心", money=one_year_money(wan(186.5), wan(170), wan(16.5)),
        goals=["2026年为全县户户通用户提供设备维修和信号保障服务，完成设备维修更换2400户，用户"
               "故障48小时内修复，户户通设备正常使用率较上年提高3个百分点。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("产出指标", "数量指标", "户户通设备维修更换户数", "≥2400户", 20),
        (None, None, "乡镇户户通服务网点数量", "≥14个", 10),
        (None, "质量指标", "用户报修受理率", pct(1), 5),
        (None, None, "维修设备一次修复合格率", "≥95%", 5),
        (None, "时效指标", "故障修复响应时间", "≤48小时", 10),
        ("成本指标", "经济成本指标", "户均维修更换补助标准", "≤380元/户", 10),
        ("效益指标", "社会效益指标", "户户通设备正常使用率", "提高≥3百分点", 15),
        (None, "可持续影响指标", "户户通长效运维机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "户户通用户满意度", "≥92%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "注：本表指标值均为2026年度目标值；“百分点”指较上年提高的幅度。")
    sign(s, "蒋一帆", "潘若溪", "0731-8640275")
    return b


@variant("ru04-publicity-total-short", (4, 10), "one-year project, NAT-2021, a 分值 column "
         "whose 合计 row says 100 over scores adding to 95; a 知晓率 raised by a bare 8; "
         "12元/份 × 50000份 beyond the 45万元 budget")  # fmt: skip
def ru04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="消防安全宣传教育项目", dept="岚溪县消防救援大队（415）",
        unit="岚溪县消防救援大队", money=one_year_money(wan(45), wan(40), wan(5)),
        goals=["2026年开展消防安全宣传进社区、进农村、进学校、进企业、进家庭活动120场，印发宣传"
               "手册5万份，培训重点单位消防安全管理人员1500人次，全县居民消防安全常识知晓率较"
               "上年提高8个百分点。"],
    )  # fmt: skip
    cost = mk("≤12元/份", "B107", "warning", row=True,
              note="12元/份 × 50000份 = 60万元 > 年度资金 45万元")  # fmt: skip
    bare = mk("提高≥8", "T104", "warning", alt=("T105", "T116"), note="8 what? 百分点 meant")
    indicators(s, SCORED, [
        ("产出指标", "数量指标", "消防宣传“五进”活动场次", "≥120场", 15),
        (None, None, "消防安全宣传手册印发数量", "≥50000份", 10),
        (None, None, "重点单位消防安全管理人员培训人次", "≥1500人次", 10),
        (None, "质量指标", "培训考核合格率", "≥95%", 10),
        (None, "时效指标", "年度宣传活动完成时间", "2026年12月20日前", 5),
        ("成本指标", "经济成本指标", "单份宣传手册印制成本", cost, 10),
        ("效益指标", "社会效益指标", "居民消防安全常识知晓率", bare, 15),
        (None, "可持续影响指标", "消防宣传常态化机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "群众对消防宣传活动满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    b.file_mark("W101", "error", note="the scores add to 95, the 合计 row says 100")
    sign(s, "许清和", "毛书瑶", "0738-5190362")
    return b


@variant("ru05-brigade-dept-ninety", (4, 5, 10), "department table, NAT-2021, labels numbered "
         "一、产出指标 / （一）数量指标, weights adding to 90 with a footnote that 预算执行率 "
         "(10分) is scored apart, a 下降率 with ≥ (correct)")  # fmt: skip
def ru05() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="柘川县消防救援大队",
        budget=[(wan(1286.4), wan(1236.4), wan(50), wan(846.4), wan(440))],
        tasks=[("消防救援站执勤保障", "保障4个消防救援站执勤运转", wan(210), "24小时执勤"),
               ("消防装备更新", "更新抢险救援器材", wan(90), "装备完好率≥95%"),
               ("消防安全宣传培训", "宣传培训80场", wan(60), "知晓率提升"),
               ("应急广播消防预警接入", "火警信息接入县应急广播", wan(80), "预警到村"),
               ("金额合计", None, wan(440), None)],
        goal="2026年保障全县4个消防救援站执勤运转，接警出动及时率100%，开展消防宣传培训80场，"
             "火灾亡人事故起数控制在0起。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("一、产出指标", "（一）数量指标", "执勤消防救援站数量", "4个", 10),
        (None, None, "消防宣传培训场次", "≥80场", 10),
        (None, "（二）质量指标", "消防车辆装备完好率", "≥95%", 10),
        (None, "（三）时效指标", "接警出动及时率", pct(1), 10),
        ("二、成本指标", "（一）经济成本指标", "单站年度执勤保障经费", "≤52.5万元/站", 10),
        ("三、效益指标", "（一）社会效益指标", "火灾亡人事故起数", "=0起", 10),
        (None, None, "辖区火灾起数较上年下降率", "≥5%", 10),
        (None, "（二）可持续影响指标", "消防救援站执勤训练制度", "健全", 10),
        ("四、满意度指标", "（一）服务对象满意度指标", "辖区群众满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：预算执行率（10分）由财政部门另行评价，本表权重合计90分。")
    sign(s, "黎安澜", "葛思源", "0736-7752104")
    return b


@variant("ru06-media-dept-basic-off", (5, 10, 12), "department table, NAT-2021, tier-1 labels "
         "with points and a 分值 column (100 both ways): 基本支出 + 项目支出 ≠ 资金总额; a "
         "社会效益指标 inside the 产出 block")  # fmt: skip
def ru06() -> Book:
    b, s = book("Sheet1")
    off = mk(wan(652), "B101", "error", row=True, note="基本支出 412 + 项目支出 250 = 662 ≠ 652")
    department_head(
        s, year=2026, dept="金沙湾区融媒体中心",
        budget=[(off, wan(602), wan(50), wan(412), wan(250))],
        tasks=[("应急广播平台运维", "维护区乡村三级应急广播终端", wan(90), "终端在线率≥95%"),
               ("户户通售后服务", "直播卫星设备维修更换", wan(80), "48小时内修复"),
               ("公益节目制作播出", "制作播出防灾减灾公益节目", wan(80), "全年≥2000小时"),
               ("金额合计", None, wan(250), None)],
        goal="2026年保障全区广播电视安全播出和应急广播平台稳定运行，完成户户通售后服务5200户。",
    )  # fmt: skip
    wrong = mk("社会效益指标", "F105", "error", alt=("F201",),
               note="a 效益 tier-2 in the 产出 block; 质量指标 meant")  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标（50分）", "数量指标", "应急广播平台维护终端数量", "≥1860个", 10),
        (None, None, "户户通售后服务户数", "≥5200户", 10),
        (None, None, "广播电视公益节目播出时长", "≥2000小时", 10),
        (None, wrong, "广播电视节目安全播出率", "≥99.9%", 10),
        (None, "时效指标", "户户通故障修复时间", "≤48小时", 10),
        ("成本指标（10分）", "经济成本指标", "户户通户均售后服务成本", "≤150元/户", 10),
        ("效益指标（30分）", "社会效益指标", "广播电视综合人口覆盖率", "≥99.5%", 15),
        (None, "可持续影响指标", "应急广播运维长效机制", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "群众收听收看满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "董映雪", "柯明哲", "0756-2263918")
    return b
