"""Rural drinking-water quality monitoring: kap01–kap06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout708.common import (
    IND,
    YEAR,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout708.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("kap01-monitoring-points", (1, 4, 5),
         "project, NAT-2021, numbered tier labels, percent cells, 百分点 and 0起 "
         "(correct)")  # fmt: skip
def monitoring_points() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="蒲湾县农村饮水水质监测项目", dept="蒲湾县水利局（301）",
                 unit="蒲湾县农村供水管理站", money=one_year(32, 30, 2), goals=[
                     "2025年对全县86处农村集中供水工程（其中千吨万人工程9处）开展丰、枯水期水质"
                     "检测，完成水样检测不少于688份，检测结果按季度向社会公开。"])  # fmt: skip
    indicators(s, IND, [
        ("一、产出指标", "（一）数量指标", "水质监测覆盖供水工程数", "≥86处"),
        (None, None, "水样检测份数", "≥688份"),
        (None, "（二）质量指标", "检测数据有效率", pct(0.98)),
        (None, "（三）时效指标", "检测报告出具时间", "≤10个工作日"),
        ("二、成本指标", "（一）经济成本指标", "单份水样检测费用", "≤420元/份"),
        ("三、效益指标", "（一）社会效益指标", "农村供水水质达标率提高", "≥3百分点"),
        (None, None, "饮用水突发污染事件", "0起"),
        (None, "（二）可持续影响指标", "水质检测信息公开机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "受益群众满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：水样检测份数按86处×丰、枯水期各4份计。")
    sign(s, "詹慧萍", "0739-6612048", day(YEAR - 1, 10, 28))
    return b


@variant("kap02-sampling-goal-mismatch", (5, 7),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）: the goal's point count differs, "
         "a quality rate under 时效, last year's deadline")  # fmt: skip
def sampling_goal_mismatch() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="柘原县农村供水水质监测点位建设项目",
                 dept="柘原县水利局（112）", unit="柘原县水质检测中心", money=one_year(35, 35, 0),
                 goals=["2025年在全县新布设农村供水水质监测点位120个，10月底前完成丰、枯水期"
                        "两轮采样检测，掌握农村饮水水质状况。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "水质监测点位布设数",
         mk("≥100个", "D104", "warning", row=True, note="年度目标写120个点位，指标只有100个")),
        (None, None, "采样检测轮次", "≥2轮"),
        (None, "质量指标", "采样规范执行率", pct(1)),
        (None, "时效指标",
         mk("出厂水检测结果合格率", "F201", "warning", row=True, alt=("F105",),
            note="合格率是质量指标，填在时效指标下"), pct(0.95)),
        (None, None, "枯水期采样完成时间",
         mk("2024年11月30日前", "Y102", "error", row=True, alt=("Y103", "D104"),
            note="上年的期限留在2025年表中，与年度目标的10月底也不符")),
        (None, "成本指标", "单点位建设及检测成本", "≤0.25万元/个"),
        ("效益指标", "社会效益指标", "农村饮水安全保障水平", "有效提升"),
        ("满意度指标", "服务对象满意度指标", "农村用水户满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "龚立新", "0815-3327710", day(YEAR - 1, 11, 6))
    return b


@variant("kap03-lab-three-year", (8, 1),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's "
         "(correct)")  # fmt: skip
def lab_three_year() -> Book:
    b, s = new()
    project_head(s, year=YEAR, years=3, name="鹤汀县农村水质检测能力提升项目",
                 dept="鹤汀县水利局（205）", unit="鹤汀县农村供水服务中心",
                 money=multi_year((180, 160, 20), (75, 65, 10)), attr="新增项目", goals=[
                     "2025—2027年建成县级水质检测中心1个、乡镇水质巡检点18个，农村供水水质达标率"
                     "达到92%以上。",
                     "2025年完成检测中心设备购置与安装，建成乡镇巡检点6个，"
                     "水质达标率达到88%以上。"])  # fmt: skip
    indicators(s, (*IND[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "乡镇水质巡检点建成数", "≥18个", "≥6个"),
        (None, None, "县级水质检测中心建成数", "1个",
         ok("1个", note="检测中心在首年建成，年度与中期相同属实")),
        (None, "质量指标", "检测数据准确率", pct(0.98), pct(0.98)),
        (None, "时效指标", "巡检点建成时间", "2027年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "巡检点单点建设成本", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "社会效益指标", "农村供水水质达标率", pct(0.92), pct(0.88)),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9), pct(0.88)),
    ])  # fmt: skip
    sign(s, "卢正涛", "0736-5108823", day(YEAR - 1, 11, 15))
    return b


@variant("kap04-lab-period-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: goal text copied, a cumulative "
         "count copied, a year's count above the period's")  # fmt: skip
def lab_period_copied() -> Book:
    b, s = new()
    text = "建成乡镇水质巡检点15个，完成水样检测1200份，农村供水水质达标率达到90%以上。"
    project_head(s, year=YEAR, years=3, name="栾口县农村供水水质巡检项目",
                 dept="栾口县水利局（407）", unit="栾口县水务服务中心",
                 money=multi_year((150, 135, 15), (60, 55, 5)), attr="新增项目", goals=[
                     text, mk(text, "D204", "warning",
                              note="三年期项目的年度目标照抄中期目标")])  # fmt: skip
    indicators(s, (*IND[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "乡镇水质巡检点建成数", "≥15个",
         mk("≥15个", "D202", "warning", note="累计数量的年度值照抄中期值")),
        (None, None, "水样检测份数", "≥1200份",
         mk("≥1500份", "D201", "error", note="一年的检测份数超过三年合计")),
        (None, "质量指标", "水样检测合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "检测结果报送时间", "≤7个工作日", "≤7个工作日"),
        ("成本指标", "经济成本指标", "单份水样检测费用", "≤400元/份", "≤400元/份"),
        ("效益指标", "社会效益指标", "农村供水水质达标率", pct(0.9), pct(0.86)),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9), pct(0.88)),
    ])  # fmt: skip
    sign(s, "钟卫华", "0717-4452190", day(YEAR - 1, 11, 12))
    return b


@variant("kap05-flat-county-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100 (correct)")  # fmt: skip
def flat_county_list() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="苇泽县水利局", budget=[(460, 430, 30, 310, 150)], tasks=[
        ("农村供水水质监测", "86处工程丰枯水期检测", 85, "掌握全县农村饮水水质"),
        ("饮水安全巡查", "乡镇供水站点巡查与整改督办", 65, "问题整改闭环"),
        ("金额合计", None, 150, None),
    ], goal="保障全县农村饮水安全，水质监测全覆盖，发现问题及时整改。")  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("水质监测覆盖工程数", 20, "处", "≥", 86),
        ("供水站点巡查次数", 15, "次", "≥", 320),
        ("水样检测合格率", 15, "%", "≥", 95),
        ("问题整改完成率", 15, "%", "≥", 98),
        ("巡查问题整改时间", 10, "个工作日", "≤", 15),
        ("单份水样检测费用", 15, "元/份", "≤", 420),
        ("农村用水户满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    sign(s, "邝文静", "0772-8306154", day(YEAR - 1, 11, 20))
    return b


@variant("kap06-department-monitoring", (12, 5),
         "department, NAT-2021: tasks not adding to 金额合计, last year in the goal, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def department_monitoring() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="枫垭县水利局", budget=[(520, 480, 40, 385, 135)], tasks=[
        ("水厂自检能力建设", "12座水厂化验室设备配置", 60, "水厂自检全覆盖"),
        ("水质抽检", "县级对农村水厂季度抽检", 45, "抽检合格率不低于95%"),
        ("饮水安全宣传", "入户宣传与水质公示", 30, "群众知晓"),
        ("金额合计", None, mk(140, "B102", "error", alt=("B101",),
                              note="60 + 45 + 30 = 135，也等于项目支出135"), None),
    ], goal=mk("2024年完成全县12座农村水厂水质自检能力全覆盖，季度抽检合格率不低于95%。",
               "Y103", "warning", alt=("Y101",),
               note="2025年度表的总体目标写2024年，是上年文字"))  # fmt: skip
    s.skip()
    indicators(s, IND, [
        ("产出指标", "数量指标", "配置化验室设备水厂数", "≥12座"),
        (None, None, "季度抽检次数", "≥4次"),
        (None, "质量指标", "抽检合格率", pct(0.95)),
        (None, "时效指标", "化验室设备配置完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单座水厂化验设备购置成本", "≤5万元/座"),
        ("效益指标", "社会效益指标",
         mk("水质抽检服务对象满意度", "F201", "warning", row=True, alt=("F105",),
            note="满意度指标填在社会效益下"), pct(0.9)),
        (None, None, "农村饮水水质知晓率", pct(0.8)),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "程雪梅", "0759-2284617", day(YEAR - 1, 11, 22))
    return b
