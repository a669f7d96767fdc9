"""Community policing stations (社区警务室): kdj13–kdj18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout780.common import (
    BUREAU,
    HEAD4,
    HEAD_OP,
    HEAD_PERIOD,
    funds,
    indicators,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout780.registry import variant
from tests.variants.kit import Book, day, mk, pct

POLICE = "枫泽市公安局治安管理支队"
WEST = "枫泽市公安局梧岗分局"
NORTH = "枫泽市公安局北潭分局"


@variant("kdj13-station-build", (4, 11),
         "project, OLD-NAT, operator column (text =, 定性) and unit column, a 说明 row inside the "
         "table, a footnote explaining the total, response times with ≤ (correct)")  # fmt: skip
def station_build() -> Book:
    b, s = start()
    project_head(s, year=2026, name="枫泽市社区警务室标准化建设（2026年度）", dept=BUREAU,
                 unit=POLICE, attr="新增项目", money=funds((420, 380, 40)),
                 goals=["新建社区警务室10个、改造提升8个（共18个），配齐一键报警装置，"
                        "实现辖区群众“15分钟见警”。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "新建社区警务室", "≥", 10, "个"),
        (None, None, "改造提升社区警务室", "≥", 8, "个"),
        (None, None, "配备一键报警装置", "≥", 18, "套"),
        (None, "质量指标", "警务室建设验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "警情平均到场时间", "≤", 15, "分钟"),
        (None, "成本指标", "新建警务室单个建设成本", "≤", 28, "万元/个"),
        (None, None, "改造提升警务室单个成本", "≤", 12, "万元/个"),
        ("说明：成本指标按《枫泽市社区警务室建设标准（试行）》测算，含装修与设备。", ""),
        ("效益指标", "社会效益指标", "辖区可防性案件发案数下降率", "≥", 5, "%"),
        (None, None, "辖区群众见警率", "≥", 85, "%"),
        (None, "可持续影响指标", "警务室驻勤制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r - 4, end_column=6)
    notes(s, "注：资金总额420万元含区级配套40万元（列其他资金）；新建10 × 28 + 改造8 × 12 = "
             "376万元，其余用于一键报警装置。")  # fmt: skip
    sign(s, "符望舒", "0739-6640352", day(2025, 12, 5))
    return b


@variant("kdj14-station-wrong-tier", (5,),
         "project, OLD-NAT, numbered labels (一、产出指标, 1.数量指标): a count under 质量, a "
         "satisfaction rate under 社会效益, a unit cost × count above the money")  # fmt: skip
def station_wrong_tier() -> Book:
    b, s = start()
    project_head(s, year=2026, name="梧岗区农村警务工作站建设", dept=BUREAU, unit=WEST,
                 money=funds((300, 260, 40)),
                 goals=["在梧岗区12个行政村新建警务工作站，"
                        "每站配备视频监控4个点位和一键报警装置。"])  # fmt: skip
    count = mk("视频监控点位安装数量", "F201", "warning", row=True, note="数量指标放在质量指标下")
    sat = mk("村民对警务工作站服务满意度", "F201", "warning", row=True,
             note="满意度放在社会效益下，本表另有满意度指标")  # fmt: skip
    cost = mk("≤28万元/个", "B107", "warning", row=True,
              note="28万元 × 12个 = 336万元，超过资金总额300万元")  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "1.数量指标", "新建警务工作站", "≥12个"),
        (None, None, "配备一键报警装置", "≥12套"),
        (None, "2.质量指标", "工程验收合格率", "100%"),
        (None, None, count, "≥48个"),
        (None, "3.时效指标", "建成投用时间", "2026年10月31日前"),
        (None, "4.成本指标", "单个警务工作站建设成本", cost),
        ("二、效益指标", "1.社会效益指标", "行政村见警率", "≥80%"),
        (None, None, sat, "≥90%"),
        ("三、满意度指标", "1.服务对象满意度指标", "村干部满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdj15-station-export", (7, 4),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "codes in the first columns, header on the third row, two projects in one table "
         "(correct)")  # fmt: skip
def station_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 24, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位名称：枫泽市公安局北潭分局", None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "单位名称", "资金总额", "财政拨款", "其他资金")
    s.table([
        ("318001260012", "社区警务室运行保障经费", NORTH, wan(260), wan(240), wan(20)),
        ("318001260015", "社区民警驻勤补助", NORTH, wan(96), wan(96), wan(0)),
        ("合计", None, None, wan(356), wan(336), wan(20)),
    ])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 18, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位名称：枫泽市公安局北潭分局", None, None, "预算年度：2026")
    a, n = "318001260012", "社区警务室运行保障经费"
    c, m = "318001260015", "社区民警驻勤补助"
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (a, n, "产出指标", "数量指标", "保障运行社区警务室数量", "≥14个"),
        (a, n, "产出指标", "质量指标", "警务室日常开放率", "≥95%"),
        (a, n, "产出指标", "时效指标", "运行经费拨付时限", "≤15个工作日"),
        (a, n, "成本指标", "经济成本指标", "单个警务室年运行成本", "≤18万元/个"),
        (a, n, "效益指标", "社会效益指标", "社区矛盾纠纷化解率", "≥90%"),
        (a, n, "满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
        (c, m, "产出指标", "数量指标", "享受驻勤补助社区民警", "≥40人"),
        (c, m, "产出指标", "质量指标", "驻勤考勤达标率", "≥95%"),
        (c, m, "产出指标", "时效指标", "补助按月发放及时率", "100%"),
        (c, m, "成本指标", "经济成本指标", "驻勤补助标准", "≤2000元/人·月"),
        (c, m, "效益指标", "社会效益指标", "社区治安案件发案数", "较上年下降"),
        (c, m, "满意度指标", "服务对象满意度指标", "社区民警履职满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdj16-station-three-year", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: 中期目标 copied into "
         "年度目标, cumulative counts copied from 中期 to 年度")  # fmt: skip
def station_three_year() -> Book:
    b, s = start()
    text = "新建和提升改造社区（村）警务室45个，实现城乡警务室全覆盖，群众满意度90%以上。"
    copied = mk(text, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project_head(s, year=2026, years=3, name="枫泽市“一村（格）一警务室”三年提升工程",
                 dept=BUREAU, unit=POLICE, attr="新增项目",
                 money=funds((900, 840, 60), (300, 280, 20), first="中期资金总额"),
                 goals=[text, copied])  # fmt: skip
    rooms = mk("≥45个", "D202", "warning", note="三年累计数照抄进年度列")
    cams = mk("≥135台", "D202", "warning", note="三年累计数照抄进年度列")
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "新建和提升改造警务室数量", "≥45个", rooms),
        (None, None, "配备警务室执法记录仪", "≥135台", cams),
        (None, "质量指标", "警务室建设验收合格率", "100%", "100%"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个警务室提升改造成本", "≤6万元/个", "≤6万元/个"),
        ("效益指标", "社会效益指标", "城乡警务室覆盖率", "100%", "≥60%"),
        (None, "可持续影响指标", "警务室长效运维机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdj17-station-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, a deadline in the next year of a one-year project")  # fmt: skip
def station_template_rows() -> Book:
    b, s = start()
    project_head(s, year=2026, name="北潭区社区警务室智慧化设备配置", dept=BUREAU, unit=NORTH,
                 money=funds((150, 150, 0)),
                 goals=["为北潭区22个社区警务室配置自助服务终端和视频会商设备，"
                        "2026年9月底前完成安装。"])  # fmt: skip
    late = mk("2027年6月30日前", "Y102", "error", alt=("D104",),
              note="一年期2026年项目，年度目标写9月底前完成")  # fmt: skip
    empty_tier = mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写")
    nameless = mk(None, "F110", "error", note="填了≥80%却没有三级指标名称")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "配置自助服务终端", "≥22台"),
        (None, None, "配置视频会商设备", "≥22套"),
        (None, "质量指标", "设备安装验收合格率", "100%"),
        (None, "时效指标", "设备安装完成时间", late),
        ("成本指标", "经济成本指标", "单个警务室设备配置成本", "≤6.5万元/个"),
        (None, empty_tier, None, None),
        ("效益指标", "社会效益指标", "群众自助办理业务量", "≥1.5万件"),
        (None, None, nameless, "≥80%"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdj18-station-page-break", (4,),
         "department, NAT-2021, weight column: header repeated after a page break, a subtotal "
         "and a total row, signature and a fill date in the year before (correct)")  # fmt: skip
def station_page_break() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=WEST, budget=[
        (wan(2480), wan(2360), wan(120), wan(1900), wan(580)),
    ], tasks=[
        ("社区警务室运行", "16个社区警务室运行与值守", wan(210), "警务室规范运行"),
        ("反诈宣传", "社区、学校、企业集中宣传", wan(90), "宣传120场以上"),
        ("路口信号灯维护", "辖区65处路口信号灯维护", wan(130), "故障修复合格率98%以上"),
        ("治安巡防", "街面屯警与夜间巡防", wan(150), "警情8分钟到场"),
        ("金额合计", None, wan(580), None),
    ], goal="保障辖区16个社区警务室规范运行，开展反诈宣传不少于120场，维护路口信号灯65处，"
            "街面警情8分钟内到场，群众安全感满意度92%以上。")  # fmt: skip
    head = (*HEAD4, "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "社区警务室规范运行数量", "≥16个", 10),
        (None, None, "反诈宣传活动场次", "≥120场", 10),
        (None, None, "维护路口信号灯", "≥65处", 5),
        (None, "质量指标", "信号灯故障修复合格率", "≥98%", 10),
        (None, "时效指标", "街面警情到场时间", "≤8分钟", 10),
        ("小计", None, None, None, 45),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单个警务室年运行经费", "≤13万元/个", 10),
        ("效益指标", "社会效益指标", "辖区电信网络诈骗发案数降幅", "≥10%", 15),
        (None, None, "辖区“两抢”案件发案数", "较上年下降", 10),
        (None, "可持续影响指标", "警务室驻勤长效机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "辖区群众安全感满意度", "≥92%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "祁若楠", "0739-6645068", day(2025, 11, 20), chief="邵景川")
    return b
