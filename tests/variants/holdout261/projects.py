"""Single project tables of veterans' and volunteers' offices: one-year and multi-year heads,
中期 and 年度 columns, a unit and direction column, a 测算依据 block, tier labels with
numbering and points (rk01–rk06); and two stacked projects (rk12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout261.common import (
    ONE,
    TWO,
    UNIT,
    basis,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout261.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("rk01-pension-month-standard", (1, 5, 12), "one-year project, NAT-2021 with numbered "
         "tier labels and points, 元/人·月 standard × 人 × 12 within the money, 95% stored as "
         "0.95 (correct)")  # fmt: skip
def rk01() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="优抚对象定期抚恤补助项目", dept="岚泽县退役军人事务局（412）",
        unit="岚泽县退役军人事务局", attr="常年项目",
        money=one_year_money(wan(486), wan(450), wan(36)),
        goals=["2026年按月足额发放1850名优抚对象定期抚恤补助，伤残抚恤金发放260人，审核准确、"
               "发放及时，优抚对象基本生活得到保障。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标（50分）", "1.数量指标", "享受定期抚恤补助优抚对象人数", "≥1850人"),
        (None, None, "伤残抚恤金发放人数", "≥260人"),
        (None, "2.质量指标", "抚恤补助资格审核准确率", pct(1)),
        (None, "3.时效指标", "抚恤补助按月发放及时率", "≥98%"),
        ("二、成本指标（10分）", "1.经济成本指标", "在乡复员军人人均月补助标准",
         "≤200元/人·月"),
        ("三、效益指标（30分）", "1.社会效益指标", "优抚对象生活困难发生率", "≤2%"),
        (None, "2.可持续影响指标", "抚恤补助标准动态调整机制", "健全"),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "优抚对象满意度", pct(0.95)),
    ])  # fmt: skip
    note(s, "注：抚恤补助标准按省定标准执行，指标值均为2026年度目标。")
    sign(s, "梁晓舟", "韩叙白", "0793-6218475")
    return b


@variant("rk02-festival-visits-money", (12,), "one-year project, unit and direction columns: "
         "总额 ≠ 财政拨款 + 其他资金, a 慰问标准 × 人数 above the money")  # fmt: skip
def rk02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 14, 12, 12))
    project_head(
        s, year=2026, name="优抚对象节日走访慰问项目", dept="青峪县退役军人事务局（508）",
        unit="青峪县退役军人服务中心",
        money=one_year_money(
            mk(wan(300), "B101", "error", note="260 + 30 = 290, not 300"), wan(260), wan(30)),
        goals=["2026年春节、八一期间走访慰问重点优抚对象1800人，烈属家庭120户，慰问金足额"
               "及时发放到人。"],
    )  # fmt: skip
    indicators(s, UNIT, [
        ("产出指标", "数量指标", "节日慰问优抚对象人数", "≥1800", "人", "正向"),
        (None, None, "走访慰问烈属家庭户数", "≥120", "户", "正向"),
        (None, "质量指标", "慰问金发放准确率", "≥99", "%", "正向"),
        (None, "时效指标", "春节慰问金发放完成时间", "2026年2月13日前", None, "反向"),
        ("成本指标", "经济成本指标", "人均慰问金标准",
         mk("≤2000", "B107", "warning", row=True,
            note="2000元 × 1800人 = 360万元, above the 300万元 of the project"),
         "元/人", "反向"),
        ("效益指标", "社会效益指标", "拥军优属社会氛围", "持续提升", None, "正向"),
        ("满意度指标", "服务对象满意度指标", "慰问对象满意度", "≥92", "%", "正向"),
    ])  # fmt: skip
    sign(s, "孟一帆", "祁松年", "0736-5520186")
    return b


@variant("rk03-retraining-three-years", (8, 12), "three-year project, 中期 and 年度 columns: "
         "cumulative counts in 人次, 场 and 万人 smaller in the year, equal rates and unit costs, "
         "a deadline in the last year in 中期 (correct)")  # fmt: skip
def rk03() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 20, 20, 10))
    project_head(
        s, year=2026, years=3, name="退役军人职业技能提升培训项目", attr="新增项目",
        dept="桐岭市退役军人事务局（117）", unit="桐岭市退役军人就业创业服务中心",
        money=period_money((wan(900), wan(780), wan(120)), (wan(300), wan(260), wan(40))),
        goals=["2026年—2028年累计培训退役军人4500人次，举办专场招聘会36场，就业服务覆盖3.6万"
               "人，形成培训、推荐、跟踪一体的就业服务体系。",
               "2026年培训退役军人1500人次，举办专场招聘会12场，就业服务覆盖1.2万人。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "退役军人职业技能培训人次", "≥4500人次", "≥1500人次"),
        (None, None, "退役军人专场招聘会场次", "≥36场", "≥12场"),
        (None, "质量指标", "参训人员结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培训计划完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1200元/人次", "≤1200元/人次"),
        ("效益指标", "社会效益指标", "退役军人就业服务覆盖人数", "≥3.6万人", "≥1.2万人"),
        (None, "经济效益指标", "参训人员培训后就业率", "≥75%", "≥75%"),
        (None, "可持续影响指标", "退役军人就业创业服务体系", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训退役军人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "杜若衡", "姚千里", "0715-3398204")
    return b


@variant("rk04-volunteers-year-above-period", (8, 12), "two-year project, 中期 and 年度 "
         "columns: 年度资金总额 above 中期, 年度 注册志愿者 above 中期 in 万人")  # fmt: skip
def rk04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 20, 10))
    over = "the annual sources exceed the period ones too: the same mistake"
    project_head(
        s, year=2026, years=2, name="新时代文明实践志愿服务提升项目", attr="新增项目",
        dept="沅湄县委宣传部（301）", unit="沅湄县新时代文明实践中心",
        money=period_money(
            (wan(400), wan(360), wan(40)),
            (mk(wan(450), "B103", "error", note="the year's 450 above the period's 400"),
             mk(wan(405), "B103", "error", required=False, note=over),
             mk(wan(45), "B103", "error", required=False, note=over))),
        goals=["2026年—2027年全县注册志愿者达到2.5万人，开展志愿服务活动800场，服务群众40万"
               "人次。",
               "2026年开展志愿服务活动400场，服务群众18万人次，志愿服务时长28万小时。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "注册志愿者人数", "≥2.5万人",
         mk("≥3万人", "D201", "error", note="a cumulative count: the year above the period")),
        (None, None, "志愿服务活动场次", "≥800场", "≥400场"),
        (None, None, "志愿服务时长", "≥60万小时", "≥28万小时"),
        (None, "质量指标", "志愿服务记录规范率", "≥95%", "≥95%"),
        (None, "时效指标", "志愿服务时长录入及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单场活动平均物料成本", "≤1500元/场", "≤1500元/场"),
        ("效益指标", "社会效益指标", "志愿服务群众人次", "≥40万人次", "≥18万人次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邱文澜", "蒋行简", "0744-7251093")
    return b


@variant("rk05-honour-home-basis", (9, 12), "one-year project, OLD-NAT, a money cell with a "
         "bracketed note and a 测算依据 block adding up to it, =0起 and =100% "
         "(correct)")  # fmt: skip
def rk05() -> Book:
    b, s = book("光荣院项目")
    project_head(
        s, year=2026, name="光荣院集中供养运行保障项目", dept="安漳县退役军人事务局（226）",
        unit="安漳县光荣院", attr="常年项目",
        money=one_year_money(ok("180万(其中设备更新20万元)", note="a note, read as 180"),
                             wan(165), wan(15)),
        goals=["2026年保障光荣院35名集中供养优抚对象的生活、护理和医疗，更新院舍设施设备12台，"
               "全年不发生安全责任事故。"],
    )  # fmt: skip
    basis(s, [
        ("集中供养人员生活费", "2600元/人·月", "35人×12月", wan(109.2)),
        ("护理人员劳务费", "4500元/人·月", "8人×12月", wan(43.2)),
        ("设施设备更新", "按采购预算", "12台", wan(20)),
        ("院舍日常运维", "按上年实际", "1项", wan(7.6)),
    ], wan(180))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "集中供养优抚对象人数", "≥35人"),
        (None, None, "院舍设施设备更新数量", "≥12台"),
        (None, "质量指标", "供养对象健康体检覆盖率", "=100%"),
        (None, None, "床位入住率", "≥85%"),
        (None, "时效指标", "供养经费按月拨付及时率", "≥98%"),
        (None, "成本指标", "人均月供养标准", "≤2600元/人·月"),
        ("效益指标", "社会效益指标", "院内安全责任事故发生起数", "=0起"),
        (None, "可持续影响指标", "光荣院规范化管理水平", "持续提升"),
        ("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥95%"),
    ])  # fmt: skip
    sign(s, "温既明", "唐采薇", "0598-4716352")
    return b


@variant("rk06-service-station-artefacts", (9,), "one-year project: 财政拨款 pasted twice, "
         "其他资金 100× too large, a 运行补助标准 rounded to 0万元")  # fmt: skip
def rk06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="村级退役军人服务站运行补助项目", dept="槐川县退役军人事务局（433）",
        unit="槐川县退役军人服务中心",
        money=one_year_money(
            wan(100),
            mk("85万85万（含站点运行补助）", "X106", "error"),
            mk(wan(1500), "B110", "error", alt=("B101",), note="15.00 with the point lost")),
        goals=["2026年补助280个村级退役军人服务站运行，每站配备专兼职工作人员，服务站规范化"
               "建设达标率90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助村级退役军人服务站数量", "≥280个"),
        (None, "质量指标", "服务站规范化建设达标率", "≥90%"),
        (None, "时效指标", "运行补助资金拨付时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "村级服务站年均运行补助标准",
         mk("≤0万元/个", "T115", "error", note="0.3万元 rounded away")),
        ("效益指标", "社会效益指标", "退役军人诉求办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "薛清禾", "阮子期", "0552-8037614")
    return b


@variant("rk12-stacked-rate-and-dates", (2,), "two stacked one-year projects: a 到位率 above "
         "100% in the first, the second one's 计划完成日期 before its 开始日期")  # fmt: skip
def rk12() -> Book:
    b, s = book("Sheet1")
    dept = "嵩阳县退役军人事务局（147）"
    project_head(
        s, year=2026, name="优抚对象医疗保障补助项目", dept=dept, attr="常年项目",
        unit="嵩阳县退役军人服务中心", money=one_year_money(wan(210), wan(200), wan(10)),
        goals=["2026年为1400名优抚对象提供医疗补助，补助资金社会化发放全部到位。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "享受医疗补助优抚对象人数", "≥1400人"),
        (None, "质量指标", "医疗补助结算准确率", "≥98%"),
        (None, "时效指标", "补助资金社会化发放到位率",
         mk(">100%", "T106", "error", note="a 到位率 cannot pass 100%")),
        ("成本指标", "经济成本指标", "人均医疗补助标准", "≤1400元/人"),
        ("效益指标", "社会效益指标", "优抚对象医疗费用个人负担下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="退役军人志愿服务队伍建设项目", dept=dept, title="",
        unit="嵩阳县退役军人服务中心", money=one_year_money(wan(35), wan(30), wan(5)),
        start=day(2026, 9, 1),
        end=mk(day(2026, 3, 31), "Y104", "error", note="ends before it starts"),
        goals=["2026年组建退役军人志愿服务队25支，队员800人，服务群众2万人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "组建退役军人志愿服务队", "≥25支"),
        (None, None, "志愿服务队队员人数", "≥800人"),
        (None, "质量指标", "志愿服务队建档规范率", "≥95%"),
        (None, "时效指标", "季度志愿服务活动开展及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单支队伍建设补助", "≤1.2万元/支"),
        ("效益指标", "社会效益指标", "志愿服务惠及群众人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "服务群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯望舒", "聂思源", "0371-6902548")
    return b
